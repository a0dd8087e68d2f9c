package app.communityops.automation;

import java.util.Locale;
import java.util.Optional;

/**
 * The event types an integrator can subscribe a webhook endpoint to; {@link #wireName()} is the type in the payload
 * ({@code member.joined}).
 */
public enum AutomationEventType {
    MEMBER_APPLIED("member.applied"),
    MEMBER_JOINED("member.joined"),
    MEMBER_LEFT("member.left"),
    MEMBER_ELIMINATED("member.eliminated"),
    MEMBER_WARNED("member.warned"),
    ORDER_PAID("order.paid"),
    ORDER_REFUNDED("order.refunded"),
    REVIEW_RECORDED("review.recorded"),
    KPI_STATUS_CHANGED("kpi.status_changed"),
    RULE_FIRED("rule.fired");

    private final String wireName;

    AutomationEventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<AutomationEventType> fromWire(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (AutomationEventType type : values()) {
            if (type.wireName.equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
