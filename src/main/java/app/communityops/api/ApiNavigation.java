package app.communityops.api;

/** The way in to the tenant's API keys. */
public final class ApiNavigation {

    public static final String KEYS_ROUTE = "settings/api-keys";

    private ApiNavigation() {
    }
}
