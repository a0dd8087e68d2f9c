package app.communityops.shared;

import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The factors of a sign-in, as Spring Security authorities (docs/decisions/0025). The password step adds
 * {@code FACTOR_PASSWORD}; for a user who has, or must have, an authenticator app it also adds
 * {@link #SECOND_FACTOR_REQUIRED}, and until the code step adds {@link #TOTP} nothing but the code and enrolment
 * steps works: no route, no service, no download.
 */
public final class SignInFactors {

    /** Spring Security's own password factor. */
    public static final String PASSWORD = "FACTOR_PASSWORD";
    /** An authenticator-app code (or a recovery code) given after the password. */
    public static final String TOTP = "FACTOR_TOTP";
    /** This sign-in needs {@link #TOTP} before it counts. */
    public static final String SECOND_FACTOR_REQUIRED = "SECOND_FACTOR_REQUIRED";

    private SignInFactors() {
    }

    /** Signed in with the password, but the second factor is still to come. */
    @Contract("null -> false")
    public static boolean secondFactorPending(@Nullable Authentication authentication) {
        return authentication != null && authentication.isAuthenticated() && has(authentication, SECOND_FACTOR_REQUIRED)
                && !has(authentication, TOTP);
    }

    public static boolean has(@Nullable Authentication authentication, String authority) {
        if (authentication == null) {
            return false;
        }
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            if (authority.equals(granted.getAuthority())) {
                return true;
            }
        }
        return false;
    }
}
