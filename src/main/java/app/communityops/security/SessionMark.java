package app.communityops.security;

import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the HTTP session carries of its {@code user_session} row: the random key (only its hash is stored) and the
 * user it was made for. Kept with the user id because Spring keeps session attributes when someone signs in again
 * in the same browser session: a mark made for another user is not this user's.
 */
record SessionMark(String key, UUID userId) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String ATTRIBUTE = SessionMark.class.getName();

    static @Nullable SessionMark of(@Nullable HttpSession session) {
        if (session == null) {
            return null;
        }
        try {
            return session.getAttribute(ATTRIBUTE) instanceof SessionMark mark ? mark : null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    byte[] keyHash() {
        return SessionStore.hash(key);
    }
}
