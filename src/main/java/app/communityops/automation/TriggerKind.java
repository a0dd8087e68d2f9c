package app.communityops.automation;

/**
 * When a rule fires. Event triggers fire on a fact a module records (a member joined, an order was paid); scan
 * triggers fire when a job finds a state crossed (a member silent for N days, an activity starting in N hours);
 * {@link #SCHEDULE} fires at cron times in the tenant's zone. The parameter each kind reads from
 * {@link RuleTrigger} is named by {@link #parameter()}.
 */
public enum TriggerKind {
    MEMBER_APPLIED(Parameter.NONE, true),
    MEMBER_JOINED(Parameter.NONE, true),
    MEMBER_LEFT(Parameter.NONE, true),
    MEMBER_ELIMINATED(Parameter.NONE, true),
    /** Silent for {@code number} days: no recorded engagement since. */
    MEMBER_SILENT(Parameter.DAYS, false),
    /** The member's warnings reach {@code number}. */
    WARNINGS_REACHED(Parameter.COUNT, true),
    RED_LINE_RECORDED(Parameter.NONE, true),
    /** The member attended {@code number} activities, of the activity type {@code reference} when given. */
    ATTENDANCE_REACHED(Parameter.COUNT, true),
    FIRST_PURCHASE(Parameter.NONE, true),
    REPURCHASE(Parameter.NONE, true),
    REFUND(Parameter.NONE, true),
    /**
     * The member's health entered the segment named by {@code reference} (a members.HealthSegment; AT_RISK when
     * left empty), as the daily health recompute found it.
     */
    MEMBER_ENTERED_SEGMENT(Parameter.SEGMENT, true),
    /** A review of {@code number} stars or fewer. */
    REVIEW_AT_MOST(Parameter.STARS, true),
    KPI_AMBER(Parameter.NONE, true),
    KPI_RED(Parameter.NONE, true),
    /** An activity starts in {@code number} hours. */
    ACTIVITY_STARTS_IN(Parameter.HOURS, false),
    /** A content item's publish time is within {@code number} hours. */
    CONTENT_DUE(Parameter.HOURS, false),
    /** A tool's renewal is within {@code number} days. */
    TOOL_RENEWAL_DUE(Parameter.DAYS, false),
    INVITATION_CODES_USED_UP(Parameter.NONE, true),
    /** The community reaches {@code number} % of its capacity. */
    CAPACITY_REACHED(Parameter.PERCENT, true),
    /** At the cron times of {@code schedule} (Spring's six-field cron), in the tenant's time zone. */
    SCHEDULE(Parameter.CRON, false);

    /** What the trigger's parameter means, so the editor asks for the right thing and validation names it. */
    public enum Parameter { NONE, DAYS, HOURS, COUNT, STARS, PERCENT, CRON, SEGMENT }

    private final Parameter parameter;
    private final boolean event;

    TriggerKind(Parameter parameter, boolean event) {
        this.parameter = parameter;
        this.event = event;
    }

    public Parameter parameter() {
        return parameter;
    }

    /** True when a recorded fact fires it; false when a job's scan or the clock does. */
    public boolean firedByEvent() {
        return event;
    }

    /** True when the trigger is about one member, so member conditions and member actions apply. */
    public boolean aboutMember() {
        return switch (this) {
            case MEMBER_APPLIED, MEMBER_JOINED, MEMBER_LEFT, MEMBER_ELIMINATED, MEMBER_SILENT, WARNINGS_REACHED,
                 RED_LINE_RECORDED, ATTENDANCE_REACHED, FIRST_PURCHASE, REPURCHASE, REFUND, REVIEW_AT_MOST,
                 MEMBER_ENTERED_SEGMENT -> true;
            default -> false;
        };
    }
}
