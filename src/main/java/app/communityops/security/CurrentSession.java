package app.communityops.security;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The mark of the session the current request belongs to, if it has one: from the servlet request, else Vaadin's. */
final class CurrentSession {

    private CurrentSession() {
    }

    static @Nullable SessionMark mark() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            SessionMark mark = SessionMark.of(attributes.getRequest().getSession(false));
            if (mark != null) {
                return mark;
            }
        }
        VaadinSession vaadin = VaadinSession.getCurrent();
        WrappedSession wrapped = vaadin == null ? null : vaadin.getSession();
        if (wrapped == null) {
            return null;
        }
        try {
            return wrapped.getAttribute(SessionMark.ATTRIBUTE) instanceof SessionMark mark ? mark : null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    static byte @Nullable [] keyHash() {
        SessionMark mark = mark();
        return mark == null ? null : mark.keyHash();
    }
}
