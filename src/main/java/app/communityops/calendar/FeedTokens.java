package app.communityops.calendar;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feed tokens' table. Tokens are 32 random bytes, base64url without padding; only their SHA-256 is stored.
 * {@link #find} is the narrow path that works before a tenant is known (the {@code feed_token_lookup} policy).
 */
@Component
class FeedTokens {

    record Found(UUID tenantId, UUID communityId, @Nullable Locale locale, UUID createdBy) {
    }

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    FeedTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The feed a token opens. Runs in a transaction of its own, without a tenant. */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
    public Optional<Found> find(String token) {
        if (!TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        byte[] hash = hash(token);
        jdbc.queryForObject("select set_config('app.feed_token_hash', ?, true)", String.class,
                HexFormat.of().formatHex(hash));
        return jdbc.query("select tenant_id, community_id, token_hash, locale, created_by from calendar_feed where token_hash = ?",
                        (rs, row) -> MessageDigest.isEqual(rs.getBytes(3), hash)
                                ? new Found(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                                locale(rs.getString(4)), rs.getObject(5, UUID.class)) : null, hash)
                .stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** When the community's current feed address was made, if it has one (in the caller's tenant). */
    @Transactional(readOnly = true)
    public Optional<Instant> createdAt(UUID communityId) {
        return jdbc.query("select created_at from calendar_feed where community_id = ?",
                (rs, row) -> rs.getTimestamp(1).toInstant(), communityId).stream().findFirst();
    }

    /** Replaces the community's token (in the caller's tenant); the previous one stops working with this commit. */
    @Transactional
    public void replace(UUID communityId, byte[] hash, @Nullable Locale locale, UUID createdBy, Instant now) {
        jdbc.update("""
                insert into calendar_feed (tenant_id, community_id, token_hash, locale, created_by, created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, 0)
                on conflict (tenant_id, community_id) do update
                set token_hash = excluded.token_hash, locale = excluded.locale, created_by = excluded.created_by,
                    created_at = excluded.created_at, version = calendar_feed.version + 1""",
                communityId, hash, locale == null ? null : locale.toLanguageTag(), createdBy, Timestamp.from(now));
    }

    @Transactional
    public void delete(UUID communityId) {
        jdbc.update("delete from calendar_feed where community_id = ?", communityId);
    }

    private static @Nullable Locale locale(@Nullable String tag) {
        return tag == null ? null : Locale.forLanguageTag(tag);
    }
}
