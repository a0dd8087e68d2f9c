package app.communityops.members;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The reads and the flag automation rules need of memberships, in the caller's transaction. */
@Component
class MemberAutomationQueries {

    private static final String FACTS = """
            select id, community_id, member_id, member_name, status, tags, tier_id, channel_id, warning_count,
                   joined_at, last_active_at, elimination_flag
            from membership""";

    private final JdbcClient jdbc;

    MemberAutomationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<MemberFacts> facts(UUID membershipId) {
        return jdbc.sql(FACTS + " where id = :id").param("id", membershipId).query(MemberAutomationQueries::facts)
                .optional();
    }

    Optional<MemberFacts> facts(UUID communityId, UUID memberId) {
        return jdbc.sql(FACTS + " where community_id = :community and member_id = :member")
                .param("community", communityId).param("member", memberId).query(MemberAutomationQueries::facts)
                .optional();
    }

    /** Joined members silent since before {@code cutoff}: last active (or joined, if never active) before it. */
    List<MemberFacts> silentSince(Instant cutoff, int limit) {
        return jdbc.sql(FACTS + " " + """
                         where status = 'JOINED' and coalesce(last_active_at, joined_at) < :cutoff
                         order by coalesce(last_active_at, joined_at), id limit :limit""")
                .param("cutoff", Timestamp.from(cutoff)).param("limit", limit).query(MemberAutomationQueries::facts)
                .list();
    }

    boolean tierExists(UUID tierId) {
        return jdbc.sql("select exists (select 1 from member_tier where id = :id)").param("id", tierId)
                .query(Boolean.class).single();
    }

    boolean channelExists(UUID channelId) {
        return jdbc.sql("select exists (select 1 from acquisition_channel where id = :id)").param("id", channelId)
                .query(Boolean.class).single();
    }

    int flagForElimination(UUID membershipId, String reason, Instant at) {
        return jdbc.sql("""
                        update membership set elimination_flag = :reason, elimination_flagged_at = :at
                        where id = :id and status = 'JOINED'""")
                .param("reason", reason).param("at", Timestamp.from(at)).param("id", membershipId).update();
    }

    private static MemberFacts facts(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String[] tags = (String[]) rs.getArray("tags").getArray();
        return new MemberFacts(rs.getObject("id", UUID.class), rs.getObject("community_id", UUID.class),
                rs.getObject("member_id", UUID.class), rs.getString("member_name"),
                MembershipStatus.valueOf(rs.getString("status")), new LinkedHashSet<>(List.of(tags)),
                rs.getObject("tier_id", UUID.class), rs.getObject("channel_id", UUID.class),
                rs.getInt("warning_count"), instant(rs.getTimestamp("joined_at")),
                instant(rs.getTimestamp("last_active_at")), rs.getString("elimination_flag"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
