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
    /** The query parameter that opens the operator's screen on one tab, and its value for the group codes. */
    public static final String TAB_PARAMETER = "tab";
    public static final String CODES_TAB = "codes";

    private JoinNavigation() {
    }

    public static String settingsPath(UUID communityId) {
        return "communities/" + communityId + "/join";
    }

    /** The community's join screen opened on its Group codes tab, where a warning about the codes leads. */
    public static String codesPath(UUID communityId) {
        return settingsPath(communityId) + "?" + TAB_PARAMETER + "=" + CODES_TAB;
    }

    public static String publicPath(String token) {
        return "join/" + token;
    }

    public static String statusPath(String token) {
        return "join/status/" + token;
    }
}
