package app.communityops.security.ui;

import app.communityops.shared.AppPrincipal;
import app.communityops.shared.AppUserDetails;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Swaps the signed-in principal for an updated copy (a new language), so the change holds for the rest of the
 * session without signing in again. The HTTP session's copy is replaced too: that is the one later requests load.
 */
final class SignedInSession {

    private SignedInSession() {
    }

    static void replacePrincipal(AppPrincipal principal) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null) {
            throw new IllegalStateException("No signed-in user");
        }
        AppUserDetails details = new AppUserDetails(principal, "", true);
        details.eraseCredentials();
        UsernamePasswordAuthenticationToken replaced = UsernamePasswordAuthenticationToken.authenticated(details, null,
                current.getAuthorities());
        replaced.setDetails(current.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(replaced);
        SecurityContextHolder.setContext(context);
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }
}
