package app.communityops.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * The web side of signed-in sessions (docs/decisions/0023-signed-in-sessions.md): {@link #filter()} is added to
 * every security chain that keeps a session, right after the security context is loaded; as a session listener
 * (registered with the servlet container by Spring Boot) it notes sessions that end by themselves, by sign-out
 * or timeout, so they leave the lists at once.
 */
@Component
public class SessionChecks implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(SessionChecks.class);

    private final SessionStore store;
    private final AccountStatusGuard guard;

    SessionChecks(SessionStore store, AccountStatusGuard guard) {
        this.store = store;
        this.guard = guard;
    }

    /** A new filter for one security chain; to be added after {@code SecurityContextHolderFilter}. */
    public Filter filter() {
        return new SessionCheckFilter(store, guard);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        SessionMark mark = SessionMark.of(event.getSession());
        if (mark == null) {
            return;
        }
        try {
            store.closed(mark.keyHash());
        } catch (DataAccessException | TransactionException e) {
            // Bookkeeping only (e.g. the database is already gone at shutdown): the row then ages out of the lists.
            log.debug("Could not note the end of a session", e);
        }
    }
}
