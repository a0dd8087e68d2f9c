package app.communityops.members.health;

import app.communityops.members.HealthSegment;

/**
 * A tenant's member-health thresholds: the lowest score of each segment (champion above steady above at risk above
 * slipping; below slipping is dormant), how many days a joiner counts as new, after how many silent days a member is
 * dormant whatever the score, and how many of the community's last activities the attendance factor looks at.
 * {@link #DEFAULTS} are documented in docs/decisions/0047-member-health.md.
 */
public record HealthSettings(int championMin, int steadyMin, int atRiskMin, int slippingMin, int newDays,
                             int dormantDays, int activitiesCounted, long version) {

    public static final HealthSettings DEFAULTS = new HealthSettings(70, 45, 25, 10, 14, 60, 4, 0);

    public static final int MAX_NEW_DAYS = 90;
    public static final int MIN_DORMANT_DAYS = 7;
    public static final int MAX_DORMANT_DAYS = 365;
    public static final int MAX_ACTIVITIES = 20;

    /** The same thresholds with another version (the defaults, written over a stored row). */
    public HealthSettings withVersion(long newVersion) {
        return new HealthSettings(championMin, steadyMin, atRiskMin, slippingMin, newDays, dormantDays,
                activitiesCounted, newVersion);
    }

    /** The segment of a score for a member who is neither new nor silent long enough to be dormant. */
    public HealthSegment segmentOf(int score) {
        if (score >= championMin) {
            return HealthSegment.CHAMPION;
        }
        if (score >= steadyMin) {
            return HealthSegment.STEADY;
        }
        if (score >= atRiskMin) {
            return HealthSegment.AT_RISK;
        }
        return score >= slippingMin ? HealthSegment.SLIPPING : HealthSegment.DORMANT;
    }
}
