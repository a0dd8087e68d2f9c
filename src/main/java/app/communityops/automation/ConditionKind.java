package app.communityops.automation;

/**
 * What must hold for a rule's actions to run. Member conditions apply only to triggers about a member
 * ({@link TriggerKind#aboutMember()}). {@code value} in {@link RuleCondition} carries the tag text, the tier's or
 * acquisition channel's id, the status name or the number, as {@link #value()} says.
 */
public enum ConditionKind {
    MEMBER_HAS_TAG(Value.TAG),
    MEMBER_LACKS_TAG(Value.TAG),
    MEMBER_TIER_IS(Value.TIER),
    MEMBER_CHANNEL_IS(Value.CHANNEL),
    /** The membership's status (a {@code members.MembershipStatus} name). */
    MEMBER_STATUS_IS(Value.STATUS),
    WARNINGS_AT_LEAST(Value.NUMBER),
    SILENT_DAYS_AT_LEAST(Value.NUMBER),
    JOINED_WITHIN_DAYS(Value.NUMBER),
    PURCHASES_AT_LEAST(Value.NUMBER),
    /** No purchase yet in this community: the trial-to-paid follow-up asks this. */
    NO_PURCHASE_YET(Value.NONE),
    /** The order or refund behind the trigger is at least this amount, in yuan. */
    EVENT_AMOUNT_AT_LEAST(Value.NUMBER);

    public enum Value { NONE, TAG, TIER, CHANNEL, STATUS, NUMBER }

    private final Value value;

    ConditionKind(Value value) {
        this.value = value;
    }

    public Value value() {
        return value;
    }

    public boolean aboutMember() {
        return true;
    }
}
