package app.communityops.shared;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reads the signed-in user from Spring Security. Vaadin's session-aware security context strategy makes this
 * work in UI event handlers and in {@code UI.access} callbacks too, not only inside the HTTP request.
 */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The user who has passed every sign-in step; nobody while a second factor is still to be given. */
    public static Optional<AppPrincipal> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (SignInFactors.secondFactorPending(authentication)) {
            return Optional.empty();
        }
        if (authentication != null && authentication.getPrincipal() instanceof AppUserDetails details) {
            return Optional.of(details.principal());
        }
        if (authentication != null && authentication.getPrincipal() instanceof AppPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public static AppPrincipal require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }
}
