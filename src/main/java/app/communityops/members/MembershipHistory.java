package app.communityops.members;

import app.communityops.shared.CurrentUser;
import app.communityops.shared.Uuids;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import app.communityops.shared.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Appends to and reads a membership's history, in the caller's transaction. Each entry is announced as
 * {@link MembershipRecorded} in that transaction, for the modules that act on it.
 */
@Component
class MembershipHistory {

    private final JdbcTemplate jdbc;
    private final ScreeningReferences screening;
    private final ApplicationEventPublisher events;

    MembershipHistory(JdbcTemplate jdbc, ScreeningReferences screening, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.screening = screening;
        this.events = events;
    }

    /** A join, with the seats taken after it and the community's capacity, for rules about filling up. */
    void recordJoin(Membership membership, Instant at, long seated, @Nullable Integer capacity) {
        insert(membership, MembershipEventType.JOINED, at, null, null);
        events.publishEvent(new MembershipRecorded(TenantContext.current().orElseThrow(), membership.getId(),
                membership.getCommunityId(), membership.getMemberId(), MembershipEventType.JOINED, at, null, null,
                membership.getWarningCount(), seated, capacity));
    }

    void record(Membership membership, MembershipEventType type, Instant at, @Nullable String reason,
                @Nullable UUID redLineId) {
        insert(membership, type, at, reason, redLineId);
        events.publishEvent(new MembershipRecorded(TenantContext.current().orElseThrow(), membership.getId(),
                membership.getCommunityId(), membership.getMemberId(), type, at, reason, redLineId,
                membership.getWarningCount(), null, null));
    }

    private void insert(Membership membership, MembershipEventType type, Instant at, @Nullable String reason,
                        @Nullable UUID redLineId) {
        UUID actor = CurrentUser.get().map(user -> user.userId()).orElse(null);
        jdbc.update("""
                        insert into membership_event (tenant_id, id, membership_id, community_id, type, occurred_at,
                                                      actor_id, reason, red_line_id)
                        values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?, ?)""",
                Uuids.v7(), membership.getId(), membership.getCommunityId(), type.name(), Timestamp.from(at), actor,
                reason, redLineId);
    }

    /** The history, oldest first; the texts of cited red lines come from screening, which owns them. */
    List<MembershipEvent> of(UUID membershipId) {
        List<Row> rows = jdbc.query("""
                        select e.type, e.occurred_at, u.display_name, e.reason, e.red_line_id
                        from membership_event e
                        left join user_account u on u.tenant_id = e.tenant_id and u.id = e.actor_id
                        where e.membership_id = ? order by e.occurred_at, e.id""",
                (rs, row) -> new Row(MembershipEventType.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant(),
                        rs.getString(3), rs.getString(4), rs.getObject(5, UUID.class)),
                membershipId);
        Map<UUID, String> redLines = screening.redLineTexts(rows.stream().map(Row::redLineId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return rows.stream().map(row -> new MembershipEvent(row.type(), row.occurredAt(), row.actorName(),
                row.reason(), row.redLineId() == null ? null : redLines.get(row.redLineId()))).toList();
    }

    private record Row(MembershipEventType type, Instant occurredAt, @Nullable String actorName,
                       @Nullable String reason, @Nullable UUID redLineId) {
    }
}
