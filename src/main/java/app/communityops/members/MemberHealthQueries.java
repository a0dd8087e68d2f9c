package app.communityops.members;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reads of the members' health (tables member_health and member_health_flow) in the caller's transaction;
 * access checks are the service's job, the tenant comes from row-level security.
 */
@Component
class MemberHealthQueries {

    static final List<String> AT_RISK = List.of(HealthSegment.AT_RISK.name(), HealthSegment.SLIPPING.name());
    private static final String NONE = "NONE";
    private static final String GONE = "GONE";

    private final JdbcClient jdbc;

    MemberHealthQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UUID> communityOf(UUID membershipId) {
        return jdbc.sql("select community_id from membership where id = :id").param("id", membershipId)
                .query(UUID.class).optional();
    }

    boolean hasJoinedMembers(UUID communityId) {
        return jdbc.sql("select exists (select 1 from membership where community_id = :community and status = 'JOINED')")
                .param("community", communityId).query(Boolean.class).single();
    }

    Optional<MemberHealth> health(UUID membershipId) {
        return jdbc.sql("""
                        select h.membership_id, h.community_id, h.member_id, h.score, h.segment, h.segment_since,
                               h.trend, h.computed_at, %s
                        from member_health h where h.membership_id = :id""".formatted(HealthFigures.columns("h")))
                .param("id", membershipId).query((rs, row) -> new MemberHealth(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getInt(4),
                        HealthSegment.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class),
                        HealthFigures.read(rs), trend(rs.getArray(7)), rs.getTimestamp(8).toInstant()))
                .optional();
    }

    /**
     * When the community's scores were computed. The daily job rewrites every row of a community in one run, so the
     * first row of the segment index tells the run's time without reading the others.
     */
    Optional<Instant> asOf(UUID communityId) {
        return jdbc.sql("""
                        select computed_at from member_health where community_id = :community
                        order by segment, score, membership_id limit 1""")
                .param("community", communityId).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /** The closed months' flows kept in member_health_flow, from {@code first} up to (not including) {@code running}. */
    List<HealthFlow> closedFlows(UUID communityId, YearMonth first, YearMonth running) {
        return jdbc.sql("""
                        select month, from_segment, to_segment, members from member_health_flow
                        where community_id = :community and month >= :first and month < :running
                        order by month, from_segment, to_segment""")
                .param("community", communityId).param("first", first.atDay(1)).param("running", running.atDay(1))
                .query((rs, row) -> new HealthFlow(YearMonth.from(rs.getObject(1, LocalDate.class)),
                        segment(rs.getString(2)), segment(rs.getString(3)), rs.getInt(4)))
                .list();
    }

    /**
     * The running month's flows from the members' current health: from the segment each had when the month began
     * (none for those who joined during it) to the one they are in now, or gone when they have left since.
     */
    List<HealthFlow> runningFlows(UUID communityId, YearMonth running) {
        return jdbc.sql("""
                        select coalesce(h.month_start_segment, 'NONE') as from_segment,
                               case when m.status = 'JOINED' then h.segment else 'GONE' end as to_segment,
                               count(*) as members
                        from member_health h
                        join membership m on m.tenant_id = h.tenant_id and m.id = h.membership_id
                        where h.community_id = :community and h.month = :running
                        group by 1, 2 order by 1, 2""")
                .param("community", communityId).param("running", running.atDay(1))
                .query((rs, row) -> new HealthFlow(running, segment(rs.getString(1)), segment(rs.getString(2)),
                        rs.getInt(3)))
                .list();
    }

    /**
     * Joined members at risk or slipping, the lowest score first: each segment's run of the segment index is read in
     * (score, membership) order up to the rows needed, and the two are merged.
     */
    List<AtRiskMember> atRisk(UUID communityId, int offset, int limit) {
        String run = """
                (select h.membership_id, h.member_id, m.member_name, m.member_handle, h.score, h.segment,
                        h.segment_since, %s
                 from member_health h
                 join membership m on m.tenant_id = h.tenant_id and m.id = h.membership_id
                 where h.community_id = :community and h.segment = '%s' and m.status = 'JOINED'
                 order by h.score, h.membership_id limit :needed)""";
        List<String> runs = AT_RISK.stream()
                .map(segment -> run.formatted(HealthFigures.columns("h"), segment)).toList();
        return jdbc.sql("select * from (" + String.join(" union all ", runs) + ") r"
                        + " order by score, membership_id limit :limit offset :offset")
                .param("community", communityId).param("needed", offset + limit).param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> new AtRiskMember(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getInt(5), HealthSegment.valueOf(rs.getString(6)),
                        rs.getObject(7, LocalDate.class), HealthFigures.read(rs)))
                .list();
    }

    long atRiskCount(UUID communityId) {
        return jdbc.sql("""
                        select count(*) from member_health h
                        join membership m on m.tenant_id = h.tenant_id and m.id = h.membership_id
                        where h.community_id = :community and h.segment in (:segments) and m.status = 'JOINED'""")
                .param("community", communityId).param("segments", AT_RISK).query(Long.class).single();
    }

    private static @Nullable HealthSegment segment(String stored) {
        return NONE.equals(stored) || GONE.equals(stored) ? null : HealthSegment.valueOf(stored);
    }

    private static List<Integer> trend(@Nullable Array array) throws SQLException {
        List<Integer> values = new ArrayList<>();
        if (array != null) {
            for (Object value : (Object[]) array.getArray()) {
                values.add(((Number) value).intValue());
            }
        }
        return values;
    }
}
