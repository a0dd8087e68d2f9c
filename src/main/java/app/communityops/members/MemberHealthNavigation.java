package app.communityops.members;

/**
 * The way in to the member-health thresholds (tenant admins), for a link from wherever segments are shown
 * (docs/decisions/0047-member-health.md).
 */
public final class MemberHealthNavigation {

    public static final String SETTINGS_ROUTE = "settings/member-health";

    private MemberHealthNavigation() {
    }
}
