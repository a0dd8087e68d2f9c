package app.communityops.automation;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The kinds of fact kept as signals, each with the trigger kinds it can fire and the webhook event it is, if any.
 * {@link #SCAN} is a firing a scan or the clock found for one rule (the signal names the rule).
 */
public enum SignalKind {
    MEMBER_APPLIED(List.of(TriggerKind.MEMBER_APPLIED), AutomationEventType.MEMBER_APPLIED),
    MEMBER_JOINED(List.of(TriggerKind.MEMBER_JOINED, TriggerKind.CAPACITY_REACHED), AutomationEventType.MEMBER_JOINED),
    MEMBER_LEFT(List.of(TriggerKind.MEMBER_LEFT), AutomationEventType.MEMBER_LEFT),
    MEMBER_ELIMINATED(List.of(TriggerKind.MEMBER_ELIMINATED, TriggerKind.RED_LINE_RECORDED),
            AutomationEventType.MEMBER_ELIMINATED),
    MEMBER_WARNED(List.of(TriggerKind.WARNINGS_REACHED, TriggerKind.RED_LINE_RECORDED),
            AutomationEventType.MEMBER_WARNED),
    ORDER_PAID(List.of(TriggerKind.FIRST_PURCHASE, TriggerKind.REPURCHASE), AutomationEventType.ORDER_PAID),
    ORDER_REFUNDED(List.of(TriggerKind.REFUND), AutomationEventType.ORDER_REFUNDED),
    REVIEW_RECORDED(List.of(TriggerKind.REVIEW_AT_MOST), AutomationEventType.REVIEW_RECORDED),
    KPI_STATUS_CHANGED(List.of(TriggerKind.KPI_AMBER, TriggerKind.KPI_RED), AutomationEventType.KPI_STATUS_CHANGED),
    ATTENDANCE_RECORDED(List.of(TriggerKind.ATTENDANCE_REACHED), null),
    MEMBER_SEGMENT_CHANGED(List.of(TriggerKind.MEMBER_ENTERED_SEGMENT), null),
    CODES_USED_UP(List.of(TriggerKind.INVITATION_CODES_USED_UP), null),
    SCAN(List.of(), null);

    private final List<TriggerKind> triggers;
    private final @Nullable AutomationEventType webhookType;

    SignalKind(List<TriggerKind> triggers, @Nullable AutomationEventType webhookType) {
        this.triggers = triggers;
        this.webhookType = webhookType;
    }

    /** The trigger kinds whose rules this fact may fire. */
    public List<TriggerKind> triggers() {
        return triggers;
    }

    public Optional<AutomationEventType> webhookType() {
        return Optional.ofNullable(webhookType);
    }

    /** The signal kinds that can fire rules of the trigger kind (none for scan and clock triggers). */
    public static List<SignalKind> firing(TriggerKind trigger) {
        return java.util.Arrays.stream(values()).filter(kind -> kind.triggers.contains(trigger)).toList();
    }
}
