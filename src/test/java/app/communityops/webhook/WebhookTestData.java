package app.communityops.webhook;

import app.communityops.automation.AutomationEventType;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Component;

/** Webhook endpoints for tests of other packages, made through the service as the tenant admin, and the sender run. */
@Component
public class WebhookTestData {

    private final WebhookService webhooks;
    private final WebhookSender sender;
    private final Clock clock;

    WebhookTestData(WebhookService webhooks, WebhookSender sender, Clock clock) {
        this.webhooks = webhooks;
        this.sender = sender;
        this.clock = clock;
    }

    public CreatedWebhookSecret endpoint(Fixture tenant, String name, String url, AutomationEventType... types) {
        WebhookEndpointForm form = new WebhookEndpointForm();
        form.setName(name);
        form.setUrl(url);
        form.setEventTypes(EnumSet.copyOf(List.of(types)));
        return SignedIn.as(tenant.admin(), () -> webhooks.create(form));
    }

    /** One run of the sender for the tenant, now: answers how many deliveries were delivered. */
    public int sendDue(Fixture tenant) {
        return sender.sendFor(tenant.tenantId(), clock.instant());
    }
}
