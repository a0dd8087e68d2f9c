package app.communityops.security.mfa.ui;

import app.communityops.shared.AppPrincipal;
import app.communityops.shared.AppUserDetails;
import app.communityops.shared.SignInFactors;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user whose sign-in waits for its second factor, if this session has one. */
final class SignInStep {

    private SignInStep() {
    }

    static Optional<AppPrincipal> pending() {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (SignInFactors.secondFactorPending(current) && current.getPrincipal() instanceof AppUserDetails details) {
            return Optional.of(details.principal());
        }
        return Optional.empty();
    }
}
