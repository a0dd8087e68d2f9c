package app.communityops.testing;

import app.communityops.shared.AppPrincipal;
import app.communityops.shared.AppUserDetails;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs service-level test code as a given user, exactly as the signed-in principal would be. */
public final class SignedIn {

    private SignedIn() {
    }

    public static Authentication authentication(AppPrincipal principal) {
        return UsernamePasswordAuthenticationToken.authenticated(new AppUserDetails(principal, "", true), null,
                principal.authorities());
    }

    public static <T> T as(AppPrincipal principal, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(authentication(principal));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public static void run(AppPrincipal principal, Runnable work) {
        as(principal, () -> {
            work.run();
            return null;
        });
    }
}
