package app.communityops.security;

import app.communityops.shared.AppUserDetails;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs on every request of a chain that keeps a session (the console, Vaadin's round trips included, and the
 * exports), right after the security context is loaded: a signed-in session is recorded the first time it is
 * seen, and from then on asked, one indexed read, whether it was ended meanwhile. An ended session is invalidated
 * here and the request goes on as anonymous, so the console answers with "session expired" (the browser reloads
 * into the sign-in page) and an export with a refusal.
 */
final class SessionCheckFilter extends OncePerRequestFilter {

    private final SessionStore store;
    private final AccountStatusGuard guard;

    SessionCheckFilter(SessionStore store, AccountStatusGuard guard) {
        this.store = store;
        this.guard = guard;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        AppUserDetails user = session == null ? null : signedIn(SecurityContextHolder.getContext().getAuthentication());
        if (session != null && user != null && !mayGoOn(request, session, user)) {
            session.invalidate();
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }

    private boolean mayGoOn(HttpServletRequest request, HttpSession session, AppUserDetails user) {
        SessionMark mark = SessionMark.of(session);
        if (mark == null || !mark.userId().equals(user.principal().userId())) {
            // First request after sign-in: the account may have been stopped in between.
            if (!guard.mayContinue(user.principal())) {
                return false;
            }
            String key = SessionStore.newKey();
            store.register(SessionStore.hash(key), user.principal().userId(), request.getRemoteAddr(),
                    request.getHeader("User-Agent"));
            session.setAttribute(SessionMark.ATTRIBUTE, new SessionMark(key, user.principal().userId()));
            return true;
        }
        return store.check(mark.keyHash(), mark.userId(), countsAsActivity(request)) == SessionStore.Status.OPEN;
    }

    /** Static files carry no data: they cost no read. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/VAADIN/") || path.startsWith("/webjars/") || path.startsWith("/images/");
    }

    /** Vaadin's heartbeats keep an open tab's session alive but are not the user doing something. */
    private static boolean countsAsActivity(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null || !query.contains("v-r=heartbeat");
    }

    private static @Nullable AppUserDetails signedIn(@Nullable Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof AppUserDetails details ? details : null;
    }
}
