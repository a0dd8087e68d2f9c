package app.communityops.security.mfa;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The second-factor columns of both kinds of account: tenant accounts ({@code user_account}, under row-level
 * security, so the caller's transaction must belong to the account's tenant) and platform admins
 * ({@code platform_admin}). Plain column updates: they neither bump the account's version nor pass through the
 * entity listener; the service writes the audit entries itself.
 */
@Component
class SecondFactorStore {

    /** What is stored for one account; the secret still encrypted. */
    record Stored(@Nullable String secret, @Nullable Instant enabledAt, int recoveryCodesLeft) {

        boolean enabled() {
            return enabledAt != null && secret != null;
        }
    }

    private final JdbcTemplate jdbc;

    SecondFactorStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find(AccountRef account) {
        return jdbc.query("select totp_secret, totp_enabled_at, coalesce(cardinality(recovery_codes), 0) from "
                        + table(account) + " where id = ?",
                (rs, row) -> new Stored(rs.getString(1),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant(), rs.getInt(3)),
                account.userId()).stream().findFirst();
    }

    void enable(AccountRef account, String encryptedSecret, List<String> recoveryHashes, Instant at) {
        jdbc.update("update " + table(account) + " set totp_secret = ?, totp_enabled_at = ?, totp_last_step = null,"
                        + " recovery_codes = ? where id = ?",
                encryptedSecret, Timestamp.from(at), textArray(recoveryHashes), account.userId());
    }

    void replaceRecoveryCodes(AccountRef account, List<String> recoveryHashes) {
        jdbc.update("update " + table(account) + " set recovery_codes = ? where id = ?", textArray(recoveryHashes),
                account.userId());
    }

    /** Turns the second factor off; returns whether it was on. */
    boolean clear(AccountRef account) {
        return jdbc.update("update " + table(account) + " set totp_secret = null, totp_enabled_at = null,"
                + " totp_last_step = null, recovery_codes = null where id = ? and totp_enabled_at is not null",
                account.userId()) == 1;
    }

    /**
     * Takes a time step for this account, once: false if it, or a later one, was taken already (a replayed code).
     * One statement, so two requests racing with the same code cannot both win.
     */
    boolean claimStep(AccountRef account, long step) {
        return jdbc.update("update " + table(account) + " set totp_last_step = ? where id = ?"
                + " and totp_enabled_at is not null and (totp_last_step is null or totp_last_step < ?)",
                step, account.userId(), step) == 1;
    }

    /** Removes one recovery code; false if it is not (or no longer) there. */
    boolean useRecoveryCode(AccountRef account, String hash) {
        return jdbc.update("update " + table(account) + " set recovery_codes = array_remove(recovery_codes, ?)"
                + " where id = ? and totp_enabled_at is not null and ? = any(recovery_codes)",
                hash, account.userId(), hash) == 1;
    }

    private Array textArray(List<String> values) {
        return jdbc.execute((ConnectionCallback<Array>) connection ->
                connection.createArrayOf("text", values.toArray()));
    }

    private static String table(AccountRef account) {
        return account.platformAdmin() ? "platform_admin" : "user_account";
    }
}
