package app.communityops.calendar;

/** Where a feed token is served. */
public final class FeedAddress {

    private FeedAddress() {
    }

    /** The path of a feed address, relative to the application's root. */
    public static String path(String token) {
        return "ical/" + token + ".ics";
    }
}
