package app.communityops.members;

/**
 * The named groups a joined member's health puts them in, from the best to the worst; the tenant's thresholds decide
 * the boundaries (docs/decisions/0047-member-health.md). {@link #NEW} holds members still in their first weeks,
 * whatever their score, so a newcomer is not called slipping before they had the chance to engage.
 */
public enum HealthSegment {
    CHAMPION, STEADY, NEW, AT_RISK, SLIPPING, DORMANT;

    /** i18n key of the segment's name, in the members bundles. */
    public String labelKey() {
        return "health.segment." + name();
    }
}
