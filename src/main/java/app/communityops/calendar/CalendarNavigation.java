package app.communityops.calendar;

import java.util.UUID;

/** The way in to the calendars: the user's communities together, or one community's. */
public final class CalendarNavigation {

    public static final String ALL_ROUTE = "calendar";
    public static final String COMMUNITY_ROUTE = "communities/:communityId/calendar";

    private CalendarNavigation() {
    }

    public static String communityPath(UUID communityId) {
        return "communities/" + communityId + "/calendar";
    }
}
