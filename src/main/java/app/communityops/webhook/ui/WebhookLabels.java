package app.communityops.webhook.ui;

import app.communityops.automation.AutomationEventType;
import app.communityops.webhook.DeliveryStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** The labels the webhook screens share: event types with their wire name, status badges. */
final class WebhookLabels {

    private WebhookLabels() {
    }

    static String event(Component on, AutomationEventType type) {
        return on.getTranslation("webhook.event." + type.name()) + " (" + type.wireName() + ")";
    }

    /** A wire name as shown in the log: the translated type when there is one ({@code ping} included). */
    static String wire(Component on, String wireName) {
        return AutomationEventType.fromWire(wireName).map(type -> event(on, type))
                .orElseGet(() -> on.getTranslation("webhook.event.ping") + " (" + wireName + ")");
    }

    static Span status(Component on, DeliveryStatus status) {
        Span badge = new Span(on.getTranslation("webhook.status." + status.name()));
        badge.addClassNames("status-badge", switch (status) {
            case DELIVERED -> "success";
            case FAILED -> "error";
            case PENDING -> "contrast";
        });
        return badge;
    }

    static Span enabled(Component on, boolean enabled) {
        Span badge = new Span(on.getTranslation(enabled ? "webhook.enabled" : "webhook.disabled"));
        badge.addClassNames("status-badge", enabled ? "success" : "contrast");
        return badge;
    }
}
