package app.communityops.security;

import app.communityops.shared.Uuids;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private void reserve(String email) {
        jdbc.update("insert into login_email (email, created_at) values (?, ?)", email, now());
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
