package app.communityops.activity;

import java.time.LocalDate;
import java.util.UUID;

/** The way in to a community's activities from elsewhere (the calendar, the menu). */
public final class ActivityNavigation {

    public static final String ENTRY_ROUTE = "activities";
    public static final String TYPES_ROUTE = "settings/activities";
    public static final String LIST_ROUTE = "communities/:communityId/activities";
    public static final String DETAIL_ROUTE = "communities/:communityId/activities/:activityId";

    private ActivityNavigation() {
    }

    public static String listPath(UUID communityId) {
        return "communities/" + communityId + "/activities";
    }

    public static String newPath(UUID communityId, LocalDate day) {
        return listPath(communityId) + "?new=" + day;
    }

    public static String detailPath(UUID communityId, UUID activityId) {
        return listPath(communityId) + "/" + activityId;
    }
}
