package app.communityops.security;

import app.communityops.shared.AppPrincipal;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The narrow path that finds an account before any tenant is known (docs/decisions/0002). Platform admins come
 * from their own table; tenant accounts are visible only through the {@code sign_in_lookup} policy, which
 * shows the one row whose email this transaction names.
 */
@Component
class SignInLookup {

    record Found(AppPrincipal principal, String passwordHash, boolean enabled) {
    }

    private final JdbcTemplate jdbc;

    SignInLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<Found> find(String rawEmail) {
        String email = LoginEmails.normalise(rawEmail);
        Optional<Found> admin = jdbc.query("""
                        select id, email, display_name, locale, password_hash, enabled from platform_admin
                        where lower(email) = ?""",
                (rs, row) -> new Found(new AppPrincipal(rs.getObject(1, UUID.class), null, null, rs.getString(2),
                        rs.getString(3), app.communityops.shared.Roles.PLATFORM_ADMIN, locale(rs.getString(4))),
                        rs.getString(5), rs.getBoolean(6)), email).stream().findFirst();
        if (admin.isPresent()) {
            return admin;
        }
        jdbc.queryForObject("select set_config('app.sign_in_email', ?, true)", String.class, email);
        return jdbc.query("""
                        select id, tenant_id, client_id, email, display_name, role, locale, password_hash, enabled
                        from user_account where email = ?""",
                (rs, row) -> new Found(new AppPrincipal(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getString(6),
                        locale(rs.getString(7))), rs.getString(8), rs.getBoolean(9)), email).stream().findFirst();
    }

    private static @Nullable Locale locale(@Nullable String tag) {
        return AccountService.parseLocale(tag);
    }
}
