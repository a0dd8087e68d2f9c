package app.communityops.shared.ui;

/**
 * The way home: the root page, which sends each user to where their work starts. It lives here, beside the layout,
 * because every feature returns there (sign-in, the first password) and none may depend on the shell.
 */
public final class HomeNavigation {

    public static final String HOME_ROUTE = "";

    private HomeNavigation() {
    }
}
