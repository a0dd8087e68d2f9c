package app.communityops.automation;

/**
 * Why a saved rule needs attention: something it names is gone since it was saved. {@code position} is the
 * condition's number (from 1) for a condition's problem, 0 otherwise. The engine evaluates such a condition as
 * false, so the rule does nothing until it is fixed.
 */
public record RuleProblem(Kind kind, int position) {

    public enum Kind { TIER_MISSING, CHANNEL_MISSING, ACTIVITY_TYPE_MISSING, COMMUNITY_ARCHIVED }
}
