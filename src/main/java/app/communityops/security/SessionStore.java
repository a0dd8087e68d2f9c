package app.communityops.security;

import app.communityops.shared.AccessWithdrawn;
import app.communityops.shared.Uuids;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code user_session} table: one row per signed-in HTTP session, shared by every node on the database
 * (docs/decisions/0023-signed-in-sessions.md). The HTTP session holds a random key; the table holds its SHA-256,
 * so a read of the table gives nobody a session. Ending a session is setting {@code ended_at}: the node that holds
 * the HTTP session sees it at that session's next request and signs it out.
 */
@Component
class SessionStore {

    /** Sessions are noted as active at most this often, so a busy screen costs one read per request, not a write. */
    static final Duration SEEN_PRECISION = Duration.ofMinutes(1);
    /** How long a session's row stays after it ended: long enough to answer "who was signed in last month". */
    static final Duration KEPT_FOR = Duration.ofDays(90);
    private static final SecureRandom RANDOM = new SecureRandom();

    enum Status { OPEN, ENDED }

    record Row(UUID id, byte[] keyHash, Instant createdAt, Instant lastSeenAt, @Nullable String clientAddress,
               @Nullable String userAgent) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration idleTimeout;

    SessionStore(JdbcTemplate jdbc, Clock clock,
                 @Value("${server.servlet.session.timeout:30m}") Duration idleTimeout) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hash(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public UUID register(byte[] keyHash, UUID userId, @Nullable String clientAddress, @Nullable String userAgent) {
        UUID id = Uuids.v7();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("""
                        insert into user_session (key_hash, id, user_id, created_at, last_seen_at, client_address,
                                                  user_agent)
                        values (?, ?, ?, ?, ?, ?, ?)""",
                keyHash, id, userId, now, now, cut(clientAddress, 64), cut(userAgent, 400));
        return id;
    }

    /**
     * Whether the session may go on: its row exists, belongs to this user and has not ended. One read by primary
     * key; a write only when the last noted activity is older than {@link #SEEN_PRECISION}.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Status check(byte[] keyHash, UUID userId, boolean activity) {
        Instant now = clock.instant();
        List<Instant> open = jdbc.query("""
                        select last_seen_at from user_session
                        where key_hash = ? and user_id = ? and ended_at is null""",
                (rs, row) -> rs.getTimestamp(1).toInstant(), keyHash, userId);
        if (open.isEmpty()) {
            return Status.ENDED;
        }
        if (activity && open.getFirst().plus(SEEN_PRECISION).isBefore(now)) {
            jdbc.update("update user_session set last_seen_at = ? where key_hash = ? and ended_at is null",
                    Timestamp.from(now), keyHash);
        }
        return Status.OPEN;
    }

    /** The HTTP session ended by itself: signed out, or timed out. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void closed(byte[] keyHash) {
        jdbc.update("update user_session set ended_at = ?, end_reason = 'CLOSED' where key_hash = ? and ended_at is null",
                Timestamp.from(clock.instant()), keyHash);
    }

    /** Ends every open session of the user, but the one whose key hash is given (if any). Joins the caller's work. */
    @Transactional
    public int endUser(UUID userId, String reason, byte @Nullable [] exceptKeyHash) {
        return jdbc.update("""
                        update user_session set ended_at = ?, end_reason = ?
                        where user_id = ? and ended_at is null and (cast(? as bytea) is null or key_hash <> ?)""",
                Timestamp.from(clock.instant()), reason, userId, exceptKeyHash, exceptKeyHash);
    }

    /** Ends one session of the user, by its id. */
    @Transactional
    public int endOne(UUID userId, UUID sessionId, String reason) {
        return jdbc.update("""
                        update user_session set ended_at = ?, end_reason = ?
                        where id = ? and user_id = ? and ended_at is null""",
                Timestamp.from(clock.instant()), reason, sessionId, userId);
    }

    /** Ends every open session of the tenant's users; must run inside that tenant (user_account is under RLS). */
    @Transactional
    public int endTenant(UUID tenantId, String reason) {
        return jdbc.update("""
                        update user_session set ended_at = ?, end_reason = ?
                        where ended_at is null and user_id in (select id from user_account where tenant_id = ?)""",
                Timestamp.from(clock.instant()), reason, tenantId);
    }

    @EventListener
    void onAccessWithdrawn(AccessWithdrawn event) {
        UUID tenantId = event.tenantId();
        if (tenantId != null) {
            endTenant(tenantId, event.reason());
        }
        for (UUID userId : event.userIds()) {
            endUser(userId, event.reason(), null);
        }
    }

    /** The user's sessions that are still open and were active within the idle timeout, newest first. */
    @Transactional(readOnly = true)
    public List<Row> open(UUID userId) {
        return jdbc.query("""
                        select id, key_hash, created_at, last_seen_at, client_address, user_agent from user_session
                        where user_id = ? and ended_at is null and last_seen_at > ?
                        order by last_seen_at desc, created_at desc""",
                (rs, row) -> new Row(rs.getObject(1, UUID.class), rs.getBytes(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6)),
                userId, Timestamp.from(activeSince()));
    }

    /** Open sessions per user of the current tenant (user_account under RLS decides whose). */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> openCounts() {
        Map<UUID, Integer> counts = new HashMap<>();
        jdbc.query("""
                        select s.user_id, count(*) from user_session s join user_account u on u.id = s.user_id
                        where s.ended_at is null and s.last_seen_at > ? group by s.user_id""",
                rs -> {
                    counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
                }, Timestamp.from(activeSince()));
        return counts;
    }

    /**
     * Forgets sessions that ended, or went quiet past their timeout (a node stopped without closing them), more than
     * {@link #KEPT_FOR} ago: the lists show open sessions only, and the rows would otherwise grow without end.
     */
    @Transactional
    public int forgetOld() {
        Timestamp before = Timestamp.from(clock.instant().minus(KEPT_FOR));
        return jdbc.update("delete from user_session where coalesce(ended_at, last_seen_at) < ?", before);
    }

    private Instant activeSince() {
        // Noted activity lags by up to SEEN_PRECISION, so a session is shown a little past its idle timeout.
        return clock.instant().minus(idleTimeout).minus(SEEN_PRECISION);
    }

    private static @Nullable String cut(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
