package app.communityops.security;

import app.communityops.shared.AppPrincipal;
import app.communityops.shared.NotNull;
import app.communityops.shared.Uuids;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo installation's sign-ins: the platform admin and the tenants' staff and client users, each email reserved
 * across the installation as the console reserves it. Runs in the caller's transaction (the tenant's, for users).
 */
@Component
public class DemoAccounts {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoAccounts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void platformAdmin(String email, String displayName, String passwordHash) {
        jdbc.update("insert into platform_admin (id, email, password_hash, display_name, enabled, created_at, version)"
                + " values (?, ?, ?, ?, true, ?, 0)", Uuids.v7(), email, passwordHash, displayName, now());
        reserve(email);
    }

    /** A user of the current tenant; {@code client} for client users. */
    public UUID user(String email, String displayName, AccountRole role, @Nullable UUID client, String passwordHash,
                     @Nullable String locale) {
        UUID id = Uuids.v7();
        reserve(email);
        jdbc.update("""
                insert into user_account (tenant_id, id, email, password_hash, display_name, role, client_id, enabled,
                                          locale, created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, true, ?, ?, 0)""",
                id, email, passwordHash, displayName, role.name(), client, locale, now());
        return id;
    }

    /** The demo user of the current tenant with this email, as the console would see them once signed in. */
    public AppPrincipal principal(String email) {
        return NotNull.value(jdbc.queryForObject("""
                select id, tenant_id, client_id, email, display_name, role, locale from user_account where email = ?""",
                (rs, row) -> new AppPrincipal(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                        rs.getObject("client_id", UUID.class), rs.getString("email"), rs.getString("display_name"),
                        rs.getString("role"), rs.getString("locale") == null ? null
                                : Locale.forLanguageTag(rs.getString("locale"))), email));
    }

    /**
     * Runs service calls as the demo user with this email, as the console would after their sign-in, so demo
     * data made through the services passes the same checks and records the same authors as people's work.
     */
    public <T> T as(String email, Supplier<T> work) {
        AppPrincipal user = principal(email);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void run(String email, Runnable work) {
        as(email, () -> {
            work.run();
            return Boolean.TRUE;
        });
    }

    private void reserve(String email) {
        jdbc.update("insert into login_email (email, created_at) values (?, ?)", email, now());
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
