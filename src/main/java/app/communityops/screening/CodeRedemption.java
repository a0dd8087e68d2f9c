package app.communityops.screening;

import app.communityops.shared.NotNull;
import app.communityops.shared.UserFacingException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.ApplicationEventPublisher;
import app.communityops.shared.TenantContext;
import org.springframework.stereotype.Component;

/**
 * Redeems an invitation code in the caller's transaction. The use is counted by one conditional UPDATE, so two
 * applicants racing for the last use cannot both get it; when it counts nothing, the code is read again to say
 * exactly why (unknown, another community's, expired or used up). Another tenant's code is simply unknown. The use
 * that exhausts a code is announced ({@link InvitationCodeUsedUp}).
 */
@Component
class CodeRedemption {

    private record CodeRow(UUID id, UUID communityId, int quota, int uses, @Nullable Instant expiresAt) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CodeRedemption(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    UUID redeem(UUID communityId, String typed) {
        String code = typed.strip().toUpperCase(Locale.ROOT);
        CodeRow row = find(code);
        if (row == null) {
            throw refused("unknown");
        }
        if (!row.communityId().equals(communityId)) {
            throw refused("otherCommunity");
        }
        Instant now = clock.instant();
        int counted = jdbc.update("""
                update invitation_code set uses = uses + 1
                where id = ? and community_id = ? and uses < quota and (expires_at is null or expires_at > ?)""",
                row.id(), communityId, Timestamp.from(now));
        if (counted == 1) {
            if (row.uses() + 1 >= row.quota()) {
                announceUsedUp(row, code, now);
            }
            return row.id();
        }
        CodeRow latest = find(code);
        Instant expiry = latest == null ? null : latest.expiresAt();
        if (expiry != null && !expiry.isAfter(now)) {
            throw refused("expired");
        }
        throw refused("exhausted");
    }

    /** The code's last use was just taken: said once, since no later redemption of it can count. */
    private void announceUsedUp(CodeRow row, String code, Instant now) {
        Integer usable = jdbc.queryForObject("""
                select count(*) from invitation_code
                where community_id = ? and uses < quota and (expires_at is null or expires_at > ?)""",
                Integer.class, row.communityId(), Timestamp.from(now));
        events.publishEvent(new InvitationCodeUsedUp(TenantContext.current().orElseThrow(), row.id(),
                row.communityId(), code, row.quota(), usable == null ? 0 : usable, now));
    }

    String codeOf(UUID codeId) {
        return NotNull.value(
                jdbc.queryForObject("select code from invitation_code where id = ?", String.class, codeId));
    }

    private @Nullable CodeRow find(String code) {
        return jdbc.query("""
                        select id, community_id, quota, uses, expires_at from invitation_code
                        where upper(code) = ?""",
                (rs, row) -> new CodeRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3),
                        rs.getInt(4), rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()), code)
                .stream().findFirst().orElse(null);
    }

    private static UserFacingException refused(String reason) {
        return new UserFacingException("screening.code.error." + reason, "invitationCode");
    }
}
