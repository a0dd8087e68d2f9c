package app.communityops.webhook;

import app.communityops.automation.AutomationEventType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * An endpoint as the tenant admin describes it. The URL's scheme and address are checked by the service (only
 * http(s), no private or loopback address); no community chosen means every community.
 */
public class WebhookEndpointForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.size}")
    private String name = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = 2000, message = "{validation.size}")
    private String url = "";

    @NotEmpty(message = "{validation.required}")
    private Set<AutomationEventType> eventTypes = EnumSet.noneOf(AutomationEventType.class);

    private Set<UUID> communityIds = new LinkedHashSet<>();

    private boolean enabled = true;

    public static WebhookEndpointForm of(WebhookEndpointSummary endpoint) {
        WebhookEndpointForm form = new WebhookEndpointForm();
        form.setName(endpoint.name());
        form.setUrl(endpoint.url());
        form.setEventTypes(endpoint.eventTypes().isEmpty() ? EnumSet.noneOf(AutomationEventType.class)
                : EnumSet.copyOf(endpoint.eventTypes()));
        form.setCommunityIds(new LinkedHashSet<>(endpoint.communityIds()));
        form.setEnabled(endpoint.enabled());
        return form;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public Set<AutomationEventType> getEventTypes() { return eventTypes; }
    public void setEventTypes(Set<AutomationEventType> eventTypes) { this.eventTypes = eventTypes; }
    public Set<UUID> getCommunityIds() { return communityIds; }
    public void setCommunityIds(Set<UUID> communityIds) { this.communityIds = communityIds; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
}
