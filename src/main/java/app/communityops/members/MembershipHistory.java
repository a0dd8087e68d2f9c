package app.communityops.members;

import app.communityops.shared.CurrentUser;
import app.communityops.shared.Uuids;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Appends to and reads a membership's history, in the caller's transaction. */
@Component
class MembershipHistory {

    private final JdbcTemplate jdbc;

    MembershipHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(Membership membership, MembershipEventType type, Instant at, @Nullable String reason,
                @Nullable UUID redLineId) {
        UUID actor = CurrentUser.get().map(user -> user.userId()).orElse(null);
        jdbc.update("""
                        insert into membership_event (tenant_id, id, membership_id, community_id, type, occurred_at,
                                                      actor_id, reason, red_line_id)
                        values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?, ?)""",
                Uuids.v7(), membership.getId(), membership.getCommunityId(), type.name(), Timestamp.from(at), actor,
                reason, redLineId);
    }

    List<MembershipEvent> of(UUID membershipId) {
        return jdbc.query("""
                        select e.type, e.occurred_at, u.display_name, e.reason, r.text
                        from membership_event e
                        left join user_account u on u.tenant_id = e.tenant_id and u.id = e.actor_id
                        left join red_line r on r.tenant_id = e.tenant_id and r.id = e.red_line_id
                        where e.membership_id = ? order by e.occurred_at, e.id""",
                (rs, row) -> new MembershipEvent(MembershipEventType.valueOf(rs.getString(1)),
                        rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5)),
                membershipId);
    }
}
