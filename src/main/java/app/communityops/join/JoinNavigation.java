package app.communityops.join;

import java.util.UUID;

/** The join feature's addresses: the operator's screen of a community and the two public pages. */
public final class JoinNavigation {

    /** The menu's list of the staff member's communities. */
    public static final String ENTRY_ROUTE = "join-pages";
    public static final String SETTINGS_ROUTE = "communities/:communityId/join";
    /** The applicant's page; no sign-in, no app layout. */
    public static final String PUBLIC_ROUTE = "join/:token";
    /** The applicant's status link; its token is not the link's. */
    public static final String STATUS_ROUTE = "join/status/:token";
    /** The first segment of the public pages, for the security configuration and the request limits. */
    public static final String PUBLIC_PREFIX = "/join/";

    private JoinNavigation() {
    }

    public static String settingsPath(UUID communityId) {
        return "communities/" + communityId + "/join";
    }

    public static String publicPath(String token) {
        return "join/" + token;
    }

    public static String statusPath(String token) {
        return "join/status/" + token;
    }
}
