package app.communityops.platform;

/** The way in to the platform administration. */
public final class PlatformNavigation {

    public static final String TENANTS_ROUTE = "platform/tenants";

    private PlatformNavigation() {
    }
}
