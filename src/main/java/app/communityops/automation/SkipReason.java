package app.communityops.automation;

/** Why a run did nothing although its trigger fired. */
public enum SkipReason {
    /** The fact was caused by this rule's own action: a rule never fires on itself. */
    CAUSED_BY_ITSELF,
    /** The fact lies {@link RuleCause#MAX_DEPTH} rule actions deep: a chain of rules is cut there. */
    LOOP_DEPTH,
    /** The rule already acted on this member less than a minute before. */
    SAME_MEMBER_WITHIN_MINUTE,
    COMMUNITY_ARCHIVED,
    RULE_DISABLED,
    RULE_DELETED
}
