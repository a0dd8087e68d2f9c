package app.communityops.api;

import app.communityops.shared.AccessWithdrawn;
import app.communityops.shared.TenantContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a bearer token. The key is read before its tenant is known through the {@code key_lookup} policy, which
 * shows the one row whose id the transaction names. What was read is remembered for {@link #MEMORY} so a busy
 * integration costs no extra queries per request. Whether the key may still be used (revoked, tenant suspended,
 * maker's access) is checked again on every request by {@link ApiRateLimiter}'s call in PostgreSQL, so a change made
 * through any node applies at once. Expiry is checked on every request. The last use is written at most once a
 * minute per key.
 */
@Component
class ApiKeyAuthenticator {

    static final Duration MEMORY = Duration.ofSeconds(30);
    private static final Duration USE_PRECISION = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(ApiKeyAuthenticator.class);

    private record Stored(ApiCaller caller, byte[] secretHash, @Nullable Instant expiresAt, boolean usable,
                          Instant readAt) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final Map<UUID, Stored> memory = new ConcurrentHashMap<>();
    private final Map<UUID, Instant> lastRecordedUse = new ConcurrentHashMap<>();

    ApiKeyAuthenticator(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.newTransaction.setReadOnly(true);
        this.clock = clock;
    }

    Optional<ApiCaller> authenticate(String token) {
        Optional<ApiTokens.Parsed> parsed = ApiTokens.parse(token);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        UUID id = parsed.get().keyId();
        Stored stored = memory.get(id);
        if (stored == null || stored.readAt().plus(MEMORY).isBefore(now)) {
            stored = read(id, now);
            if (stored == null) {
                memory.remove(id);
                return Optional.empty();
            }
            memory.put(id, stored);
        }
        if (!stored.usable() || (stored.expiresAt() != null && !stored.expiresAt().isAfter(now))
                || !ApiTokens.matches(parsed.get().secret(), stored.secretHash())) {
            return Optional.empty();
        }
        recordUse(stored.caller(), now);
        return Optional.of(stored.caller());
    }

    void forget(UUID keyId) {
        memory.remove(keyId);
    }

    private @Nullable Stored read(UUID id, Instant now) {
        return transactions.execute(status -> {
            jdbc.queryForObject("select set_config('app.api_key_id', ?, true)", String.class, id.toString());
            return jdbc.query("""
                    select k.tenant_id, k.name, k.secret_hash, k.scopes, k.community_id, k.create_members,
                           k.expires_at, k.revoked_at is null and t.status = 'ACTIVE', k.created_by
                    from api_key k join tenant t on t.id = k.tenant_id
                    where k.id = ?""", rs -> {
                if (!rs.next()) {
                    return null;
                }
                ApiCaller caller = new ApiCaller(id, rs.getObject(1, UUID.class), rs.getString(2),
                        ApiKey.scopes((String[]) rs.getArray(4).getArray()), rs.getObject(5, UUID.class),
                        rs.getBoolean(6));
                Timestamp expires = rs.getTimestamp(7);
                return new Stored(caller, rs.getBytes(3), expires == null ? null : expires.toInstant(),
                        rs.getBoolean(8) && creatorIsAdmin(caller.tenantId(), rs.getObject(9, UUID.class)), now);
            }, id);
        });
    }

    /**
     * A key acts with its creator's authority, so it stops when the creator is disabled or is no longer a tenant
     * admin (docs/decisions/0023). Read in a transaction of the key's tenant: accounts are under row-level security.
     */
    private boolean creatorIsAdmin(UUID tenantId, @Nullable UUID creatorId) {
        if (creatorId == null) {
            return true;
        }
        Boolean admin = TenantContext.callAs(tenantId, () -> newTransaction.execute(status -> jdbc.query(
                "select enabled and role = 'TENANT_ADMIN' from user_account where id = ?",
                rs -> rs.next() && rs.getBoolean(1), creatorId)));
        return Boolean.TRUE.equals(admin);
    }

    /** People lost access somewhere: what is remembered of keys is read again, with the change committed. */
    @TransactionalEventListener(fallbackExecution = true)
    void onAccessWithdrawn(AccessWithdrawn event) {
        memory.clear();
    }

    private void recordUse(ApiCaller caller, Instant now) {
        Instant last = lastRecordedUse.get(caller.keyId());
        if (last != null && last.plus(USE_PRECISION).isAfter(now)) {
            return;
        }
        lastRecordedUse.put(caller.keyId(), now);
        try {
            TenantContext.runAs(caller.tenantId(), () -> transactions.executeWithoutResult(status ->
                    jdbc.update("update api_key set last_used_at = ? where id = ?", Timestamp.from(now),
                            caller.keyId())));
        } catch (DataAccessException e) {
            log.warn("Could not record the use of API key {}", caller.keyId(), e);
        }
    }
}
