package app.communityops.members;

import app.communityops.shared.Uuids;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The way other modules' demo seeds reach members' tables: the screening seed's applicants with their history, the
 * joined members that the activity and money seeds serve, purchases and the "last active" that follows engagement.
 * Everything runs in the caller's tenant transaction, under row-level security; nothing here checks rights, so it is
 * for seeding only (the demo seeds and tests), never for a screen.
 */
@Component
public class DemoMembers {

    /** One applicant as the screening seed admits, rejects or queues them, with the evidence it recorded. */
    public record Applicant(UUID community, String name, String handle, MembershipStatus status,
                            List<String> mechanisms, Instant applied, @Nullable Instant decided,
                            @Nullable Instant joined, @Nullable Instant left, @Nullable Instant lastActive,
                            @Nullable String payment, Set<UUID> checkedConditions, String screening, int warnings) {
    }

    /** When a member was last seen in a community, as the engagement seed's events tell. */
    public record LastActive(UUID community, UUID member, Instant at) {
    }

    private final JdbcTemplate jdbc;

    DemoMembers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new member with one membership; none (null) when the handle is taken already. */
    public @Nullable UUID applicant(Applicant applicant) {
        UUID member = Uuids.v7();
        int added = jdbc.update("""
                insert into member (tenant_id, id, name, handle, created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, 0) on conflict do nothing""",
                member, applicant.name(), applicant.handle(), ts(applicant.applied()));
        if (added == 0) {
            return null;
        }
        UUID id = Uuids.v7();
        jdbc.update("""
                insert into membership (tenant_id, id, community_id, member_id, status, member_name, member_handle,
                    mechanisms, applied_at, decided_at, joined_at, left_at, last_active_at, warning_count,
                    payment_reference, checked_condition_ids, screening, created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, 0)""",
                id, applicant.community(), member, applicant.status().name(), applicant.name(), applicant.handle(),
                applicant.mechanisms().toArray(String[]::new), ts(applicant.applied()), ts(applicant.decided()),
                ts(applicant.joined()), ts(applicant.left()), ts(applicant.lastActive()), applicant.warnings(),
                applicant.payment(), applicant.checkedConditions().toArray(UUID[]::new), applicant.screening(),
                ts(applicant.applied()));
        return id;
    }

    /** One step of a membership's history. */
    public void event(UUID membership, UUID community, MembershipEventType type, Instant occurred,
                      @Nullable String reason, @Nullable UUID redLine) {
        jdbc.update("""
                insert into membership_event (tenant_id, id, membership_id, community_id, type, occurred_at, reason,
                                              red_line_id)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?)""",
                Uuids.v7(), membership, community, type.name(), ts(occurred), reason, redLine);
    }

    /** The acquisition channel of that name, added if the tenant has none yet. */
    public UUID channel(String name, Instant createdAt) {
        jdbc.update("""
                insert into acquisition_channel (tenant_id, id, name, created_at, version)
                values (current_tenant_id(), ?, ?, ?, 0) on conflict do nothing""", Uuids.v7(), name, ts(createdAt));
        return jdbc.queryForObject("select id from acquisition_channel where lower(name) = lower(?)", UUID.class,
                name);
    }

    /** Memberships of joined members, by member name: the usual attendees of a community's activities. */
    public List<UUID> joinedMemberships(UUID community, int limit) {
        return jdbc.queryForList("""
                select id from membership where community_id = ? and status = 'JOINED'
                order by member_name limit ?""", UUID.class, community, limit);
    }

    /** Memberships still being screened, oldest application first: the audience of trial lessons. */
    public List<UUID> applicantMemberships(UUID community, int limit) {
        return jdbc.queryForList("""
                select id from membership where community_id = ? and status in ('APPLIED', 'PENDING_REVIEW')
                order by applied_at limit ?""", UUID.class, community, limit);
    }

    /** Members (not memberships) joined to the community, by id: the customers of the money seed. */
    public List<UUID> joinedMembers(UUID community, int limit) {
        return jdbc.queryForList("""
                select member_id from membership where community_id = ? and status = 'JOINED'
                order by member_id limit ?""", UUID.class, community, limit);
    }

    /** A purchase adds to the member's lifetime purchase, as a paid order does. */
    public void addPurchase(UUID member, BigDecimal amount) {
        jdbc.update("update member set lifetime_purchase = lifetime_purchase + ? where id = ?", amount, member);
    }

    /** Moves each membership's "last active" forward to the time given, never back. */
    public void lastActive(List<LastActive> seen) {
        jdbc.batchUpdate("""
                update membership set last_active_at = ?
                where community_id = ? and member_id = ? and (last_active_at is null or last_active_at < ?)""",
                seen, 1000, (ps, row) -> {
                    ps.setTimestamp(1, Timestamp.from(row.at()));
                    ps.setObject(2, row.community());
                    ps.setObject(3, row.member());
                    ps.setTimestamp(4, Timestamp.from(row.at()));
                });
    }

    private static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
