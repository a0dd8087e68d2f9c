package app.communityops.calendar;

import app.communityops.shared.AppPrincipal;
import app.communityops.shared.Roles;
import app.communityops.shared.TenantContext;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The identity a feed request reads with (docs/decisions/0008-calendar-feed.md): a tenant admin of the token's
 * tenant that is no account, exists only for the one callback on the request's thread, and is used only to read
 * the one community the token names. The sources' own checks then answer "what its staff would see".
 */
final class FeedPrincipal {

    /** Not an account: no row has this id, so nothing can be attributed to a person. */
    static final UUID USER_ID = UUID.fromString("00000000-0000-7000-8000-00000000feed");

    private FeedPrincipal() {
    }

    static <T> T callAs(UUID tenantId, @Nullable Locale locale, Supplier<T> work) {
        AppPrincipal principal = new AppPrincipal(USER_ID, tenantId, null, "calendar-feed", "Calendar feed",
                Roles.TENANT_ADMIN, locale(locale));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext feed = SecurityContextHolder.createEmptyContext();
        feed.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.authorities()));
        SecurityContextHolder.setContext(feed);
        try {
            return TenantContext.callAs(tenantId, work);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static Locale locale(@Nullable Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
}
