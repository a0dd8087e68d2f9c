package app.communityops.security;

import app.communityops.shared.NotNull;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The platform admins' own accounts. Plain SQL: the table is outside every tenant (no row-level security, no
 * tenant column), which Hibernate's tenant filter would otherwise insist on.
 */
@Component
class PlatformAdminAccounts {

    private final JdbcTemplate jdbc;

    PlatformAdminAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> passwordHash(UUID id) {
        return NotNull.column(jdbc.queryForList("select password_hash from platform_admin where id = ? and enabled",
                String.class, id))
                .stream().findFirst();
    }

    /** Setting their own password also ends an initial password's "change it first" (ADR 0026). */
    void setPasswordHash(UUID id, String passwordHash) {
        jdbc.update("update platform_admin set password_hash = ?, must_change_password = false, version = version + 1"
                + " where id = ?", passwordHash, id);
    }

    boolean mustChangePassword(UUID id) {
        return jdbc.queryForList("select must_change_password from platform_admin where id = ?", Boolean.class, id)
                .stream().findFirst().orElse(false);
    }

    void setLocale(UUID id, String languageTag) {
        jdbc.update("update platform_admin set locale = ?, version = version + 1 where id = ?", languageTag, id);
    }
}
