package app.communityops.automation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Whether a signal fires a rule's trigger: the kinds must fit, and the trigger's number must be crossed by this very
 * fact (the third warning fires "warnings reach 3", the fourth does not), so a rule fires once per crossing.
 */
final class TriggerMatch {

    private TriggerMatch() {
    }

    static boolean fires(RuleTrigger trigger, Signal signal) {
        if (signal.kind() == SignalKind.SCAN) {
            return false;
        }
        if (!signal.kind().triggers().contains(trigger.kind())) {
            return false;
        }
        Integer number = trigger.number();
        String reference = trigger.reference();
        Integer purchases = signal.number("purchases");
        Integer stars = signal.number("stars");
        return switch (trigger.kind()) {
            case MEMBER_APPLIED, MEMBER_JOINED, MEMBER_LEFT, MEMBER_ELIMINATED, REFUND -> true;
            case RED_LINE_RECORDED -> signal.text("redLineId") != null;
            case WARNINGS_REACHED -> number != null && Objects.equals(signal.number("warnings"), number);
            case FIRST_PURCHASE -> Objects.equals(signal.number("purchases"), 1);
            case REPURCHASE -> purchases != null && purchases > 1;
            case REVIEW_AT_MOST -> number != null && stars != null && stars <= number;
            case KPI_AMBER -> "AMBER".equals(signal.text("status"));
            case KPI_RED -> "RED".equals(signal.text("status"));
            case ATTENDANCE_REACHED -> number != null && (reference == null || reference.isBlank()
                    ? Objects.equals(signal.number("attendedInAll"), number)
                    : reference.equals(signal.text("activityTypeId"))
                            && Objects.equals(signal.number("attendedOfType"), number));
            case MEMBER_ENTERED_SEGMENT -> Objects.equals(signal.text("to"),
                    reference == null || reference.isBlank() ? RuleValidation.DEFAULT_SEGMENT : reference);
            case INVITATION_CODES_USED_UP -> Objects.equals(signal.number("usableLeft"), 0);
            case CAPACITY_REACHED -> capacityCrossed(number, signal.number("seated"), signal.number("capacity"));
            default -> false;
        };
    }

    /** This join took the community to {@code percent} % of its seats or past it, the one before had not. */
    private static boolean capacityCrossed(@Nullable Integer percent, @Nullable Integer seated,
                                           @Nullable Integer capacity) {
        if (percent == null || seated == null || capacity == null || capacity <= 0) {
            return false;
        }
        long threshold = (long) percent * capacity;
        return seated * 100L >= threshold && (seated - 1) * 100L < threshold;
    }
}
