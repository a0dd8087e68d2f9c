package app.communityops.webhook.ui;

import app.communityops.automation.AutomationEventType;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import app.communityops.webhook.CreatedWebhookSecret;
import app.communityops.webhook.WebhookEndpointForm;
import app.communityops.webhook.WebhookEndpointSummary;
import app.communityops.webhook.WebhookService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Creates an endpoint (then hands over its secret, shown once) or edits one: name, URL, the events it receives and,
 * optionally, the communities it is limited to.
 */
class WebhookEndpointDialog extends Dialog {

    private final WebhookService webhooks;
    private final @Nullable WebhookEndpointSummary existing;
    private final BeanValidationBinder<WebhookEndpointForm> binder = new BeanValidationBinder<>(WebhookEndpointForm.class);
    private final TextField name = new TextField();
    private final TextField url = new TextField();
    private final CheckboxGroup<AutomationEventType> eventTypes = new CheckboxGroup<>();
    private final MultiSelectComboBox<CommunitySummary> communities = new MultiSelectComboBox<>();
    private final Checkbox enabled = new Checkbox();
    private final Consumer<CreatedWebhookSecret> onCreated;
    private final Consumer<WebhookEndpointSummary> onSaved;

    WebhookEndpointDialog(WebhookService webhooks, List<CommunitySummary> visible,
                          @Nullable WebhookEndpointSummary existing, Consumer<CreatedWebhookSecret> onCreated,
                          Consumer<WebhookEndpointSummary> onSaved) {
        this.webhooks = webhooks;
        this.existing = existing;
        this.onCreated = onCreated;
        this.onSaved = onSaved;
        setId("webhook-endpoint-dialog");
        setHeaderTitle(getTranslation(existing == null ? "webhook.form.newTitle" : "webhook.form.editTitle"));
        name.setId("webhook-name");
        name.setLabel(getTranslation("webhook.form.name"));
        name.setWidthFull();
        name.setRequiredIndicatorVisible(true);
        url.setId("webhook-url");
        url.setLabel(getTranslation("webhook.form.url"));
        url.setPlaceholder("https://example.com/hooks/communityops");
        url.setHelperText(getTranslation("webhook.form.urlHelp"));
        url.setWidthFull();
        url.setRequiredIndicatorVisible(true);
        eventTypes.setId("webhook-event-types");
        eventTypes.setLabel(getTranslation("webhook.form.events"));
        eventTypes.setItems(AutomationEventType.values());
        eventTypes.setItemLabelGenerator(type -> WebhookLabels.event(this, type));
        communities.setId("webhook-communities");
        communities.setLabel(getTranslation("webhook.form.communities"));
        communities.setHelperText(getTranslation("webhook.form.communitiesHelp"));
        communities.setItems(visible);
        communities.setItemLabelGenerator(CommunitySummary::name);
        communities.setWidthFull();
        enabled.setId("webhook-enabled");
        enabled.setLabel(getTranslation("webhook.form.enabled"));

        binder.setDefaultValidatorsEnabled(false);
        binder.forField(name).bind("name");
        binder.forField(url).bind("url");
        binder.forField(eventTypes).bind("eventTypes");
        binder.forField(communities).withConverter(
                (Set<CommunitySummary> chosen) -> chosen.stream().map(CommunitySummary::id)
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                (Set<UUID> ids) -> visible.stream().filter(c -> ids.contains(c.id()))
                        .collect(Collectors.toCollection(LinkedHashSet::new)))
                .bind("communityIds");
        binder.forField(enabled).bind("enabled");
        binder.readBean(existing == null ? new WebhookEndpointForm() : WebhookEndpointForm.of(existing));

        FormLayout form = new FormLayout(name, url, eventTypes, communities, enabled);
        form.setColspan(url, 2);
        form.setColspan(eventTypes, 2);
        form.setColspan(communities, 2);
        add(form);
        Button save = new Button(getTranslation(existing == null ? "action.create" : "action.save"),
                event -> save());
        save.setId("webhook-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        cancel.setId("webhook-cancel");
        getFooter().add(cancel, save);
        setWidth("44rem");
        setMaxWidth("100%");
    }

    private void save() {
        WebhookEndpointForm form = new WebhookEndpointForm();
        try {
            binder.writeBean(form);
        } catch (ValidationException e) {
            return;
        }
        try {
            if (existing == null) {
                CreatedWebhookSecret created = webhooks.create(form);
                close();
                onCreated.accept(created);
            } else {
                WebhookEndpointSummary saved = webhooks.update(existing.id(), existing.version(), form);
                close();
                Notifications.success(getTranslation("webhook.saved", saved.name()));
                onSaved.accept(saved);
            }
        } catch (RuntimeException e) {
            if (!FormErrors.show(e, Map.of("name", name, "url", url, "eventTypes", eventTypes,
                    "communityIds", communities))) {
                Notifications.error(getTranslation("error.unexpected"));
                throw e;
            }
        }
    }
}
