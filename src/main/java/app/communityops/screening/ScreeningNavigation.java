package app.communityops.screening;

import java.util.UUID;

/** The ways in to a community's screening screens, for links from elsewhere. */
public final class ScreeningNavigation {

    public static final String REVIEW_ENTRY_ROUTE = "review";
    public static final String CUSTOM_ROUTE = "communities/:communityId/custom";
    public static final String REVIEW_ROUTE = "communities/:communityId/review";
    public static final String CODES_ROUTE = "communities/:communityId/codes";
    public static final String ELIMINATION_ROUTE = "communities/:communityId/elimination";

    private ScreeningNavigation() {
    }

    public static String customPath(UUID communityId) {
        return "communities/" + communityId + "/custom";
    }

    public static String reviewPath(UUID communityId) {
        return "communities/" + communityId + "/review";
    }

    public static String codesPath(UUID communityId) {
        return "communities/" + communityId + "/codes";
    }

    public static String eliminationPath(UUID communityId) {
        return "communities/" + communityId + "/elimination";
    }
}
