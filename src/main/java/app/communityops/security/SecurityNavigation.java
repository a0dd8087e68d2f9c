package app.communityops.security;

/** The way in to signing in, its second factor, the first password, the user's account and the tenant's people. */
public final class SecurityNavigation {

    public static final String LOGIN_ROUTE = "login";
    public static final String LOGIN_CODE_ROUTE = "login/code";
    public static final String LOGIN_ENROL_ROUTE = "login/enrol";
    public static final String INITIAL_PASSWORD_ROUTE = "initial-password";
    public static final String ACCOUNT_ROUTE = "account";
    public static final String PEOPLE_ROUTE = "people";

    private SecurityNavigation() {
    }
}
