package app.communityops.today;

/** The way in to the Today list and the service level. */
public final class TodayNavigation {

    public static final String TODAY_ROUTE = "today";
    public static final String SERVICE_LEVEL_ROUTE = "today/service-level";

    private TodayNavigation() {
    }
}
