package app.communityops.security.mfa.ui;

import app.communityops.security.SecurityNavigation;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.AppUserDetails;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.SignInFactors;
import app.communityops.shared.ui.HomeNavigation;
import com.vaadin.flow.router.BeforeEnterEvent;
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

    /** The pending user; without one, the visitor is sent home (signed in) or to the sign-in page. */
    static Optional<AppPrincipal> pendingOrLeave(BeforeEnterEvent event) {
        Optional<AppPrincipal> pending = pending();
        if (pending.isEmpty()) {
            event.forwardTo(CurrentUser.get().isPresent() ? HomeNavigation.HOME_ROUTE : SecurityNavigation.LOGIN_ROUTE);
        }
        return pending;
    }
}
