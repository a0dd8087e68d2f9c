package app.communityops.members.health;

import app.communityops.members.HealthSegment;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of member health, in the caller's transaction and tenant: the thresholds, and the recompute's four
 * set-based statements (close the months that ended, count and remove departures, score every joined membership,
 * note the run). The scoring reads the rollups and records of other modules in one statement: at a million
 * memberships a service call per member or per module would cost the minute the daily job has.
 */
@Component
class HealthQueries {

    /** A membership whose segment changed in this run (from null: its first score). */
    record Change(UUID membershipId, UUID communityId, UUID memberId, @Nullable HealthSegment from,
                  HealthSegment to, int score) {
    }

    /** The job's bookkeeping of a tenant: when it last computed, and whether a save asked for a run. */
    record RunState(@Nullable LocalDate computedOn, @Nullable Instant computedAt, boolean requested, long version) {
    }

    private static final String SETTINGS = """
            champion_min, steady_min, at_risk_min, slipping_min, new_days, dormant_days, activities_counted, version""";

    /**
     * Each joined membership's figures, points and segment. Days are the tenant's ({@code :zone}); {@code :today} is
     * the tenant's day of the run. The points (decision 0047): recency up to 30 (minus one per two silent days),
     * frequency up to 25 (active days of the last 30, full at 15), breadth up to 10 (two per kind of engagement, full
     * at 5), attendance up to 15 (the share attended of the community's last held activities since joining; when
     * none was held the other factors are scaled up to 100), content interactions up to 10 (two per day with a
     * view, reaction or reply, full at 5), purchases up to 10 (7 for one paid order in 90 days, 10 for more); minus
     * 10 per warning (at most 3 counted) and 20 per red line crossed (at most 2).
     *
     * <p>At a million memberships every row counts (docs/performance.md, "Member health recompute"): a member's
     * attendance is read from two small facts instead of pairing every member with every activity, namely how many of
     * the community's last activities started since the member joined (a bucket search in the community's sorted
     * start times) and which of them the member attended (a bit per activity, the latest first); the rows that
     * changed are updated by a join, not an upsert, which would lock each row in the WAL before updating it.
     */
    private static final String SCORED = """
            with held as (
                select community_id, id, starts_at, n
                from (select a.community_id, a.id, a.starts_at,
                             row_number() over (partition by a.community_id order by a.starts_at desc, a.id desc) as n
                      from activity a
                      where a.status = 'DONE' and a.starts_at <= :now) recent
                where n <= :activities
            ), held_starts as (
                select community_id, array_agg(starts_at order by starts_at) as starts
                from held
                group by community_id
            ), attended as (
                select h.community_id, aa.member_id, bit_or(1 << (h.n::int - 1)) as mask
                from activity_attendance aa
                join held h on h.id = aa.activity_id
                group by h.community_id, aa.member_id
            ), days as (
                select community_id, member_id, count(*) as active_days, bit_or(types) as types,
                       count(*) filter (where types & 14 <> 0) as content_days, max(day) as last_day
                from kpi_member_day
                where day > cast(:today as date) - 30 and day <= :today
                group by community_id, member_id
            ), orders as (
                select community_id, member_id, count(*) as paid
                from money_order
                where paid_at > cast(:now as timestamptz) - interval '90 days' and paid_at <= :now
                  and refunded < amount
                group by community_id, member_id
            ), red_lines as (
                select membership_id, least(count(*), 2) as crossed
                from membership_event
                where type = 'WARNED' and red_line_id is not null and occurred_at <= :now
                group by membership_id
            ), joined as (
                select m.id, m.community_id, m.member_id, (m.joined_at at time zone :zone)::date as joined_on,
                       least(m.warning_count, 3) as warnings,
                       case when m.last_active_at <= :now then (m.last_active_at at time zone :zone)::date end
                           as active_on,
                       coalesce(cardinality(s.starts)
                                - width_bucket(m.joined_at - interval '1 microsecond', s.starts), 0) as offered,
                       coalesce(a.mask, 0) as attended_mask,
                       d.active_days, d.types, d.content_days, d.last_day, o.paid, r.crossed
                from membership m
                left join held_starts s on s.community_id = m.community_id
                left join attended a on a.community_id = m.community_id and a.member_id = m.member_id
                left join days d on d.community_id = m.community_id and d.member_id = m.member_id
                left join orders o on o.community_id = m.community_id and o.member_id = m.member_id
                left join red_lines r on r.membership_id = m.id
                where m.status = 'JOINED' and m.joined_at <= :now
            ), figures as (
                select j.id, j.community_id, j.member_id, j.joined_on, j.warnings,
                       greatest(0, cast(:today as date) - coalesce(greatest(j.active_on, j.last_day), j.joined_on))
                           as silent,
                       coalesce(j.active_days, 0)::int as active_days,
                       bit_count(coalesce(j.types, 0)::int::bit(8))::int as kinds,
                       coalesce(j.content_days, 0)::int as content_days,
                       j.offered::int as offered,
                       bit_count((j.attended_mask & ((1 << j.offered::int) - 1))::bit(32))::int as attended,
                       coalesce(j.paid, 0)::int as paid, coalesce(j.crossed, 0)::int as red_lines
                from joined j
            ), raw as (
                select f.*,
                       greatest(0, 30 - f.silent / 2.0) as recency,
                       25 * least(f.active_days, 15) / 15.0 as frequency,
                       2.0 * least(f.kinds, 5) as breadth,
                       case when f.offered > 0 then 15.0 * f.attended / f.offered end as attendance,
                       2.0 * least(f.content_days, 5) as content,
                       case when f.paid = 0 then 0.0 when f.paid = 1 then 7.0 else 10.0 end as purchases,
                       case when f.offered > 0 then 1.0 else 100 / 85.0 end as scale
                from figures f
            ), points as (
                select r.*,
                       round(r.recency * r.scale)::int as p_recency, round(r.frequency * r.scale)::int as p_frequency,
                       round(r.breadth * r.scale)::int as p_breadth, round(r.attendance)::int as p_attendance,
                       round(r.content * r.scale)::int as p_content, round(r.purchases * r.scale)::int as p_purchases,
                       greatest(0, least(100, round((r.recency + r.frequency + r.breadth + coalesce(r.attendance, 0)
                                                     + r.content + r.purchases) * r.scale)
                                              - 10 * r.warnings - 20 * r.red_lines))::int as score
                from raw r
                offset 0
            ), scored as (
                select p.id, p.community_id, p.member_id, p.joined_on, p.score::smallint as score,
                       case when cast(:today as date) - p.joined_on < :newDays then 'NEW'
                            when p.silent >= :dormantDays then 'DORMANT'
                            when p.score >= :championMin then 'CHAMPION'
                            when p.score >= :steadyMin then 'STEADY'
                            when p.score >= :atRiskMin then 'AT_RISK'
                            when p.score >= :slippingMin then 'SLIPPING'
                            else 'DORMANT' end as segment,
                       p.silent::smallint as silent, p.p_recency::smallint as p_recency,
                       p.active_days::smallint as active_days, p.p_frequency::smallint as p_frequency,
                       p.kinds::smallint as kinds, p.p_breadth::smallint as p_breadth,
                       p.offered::smallint as offered, p.attended::smallint as attended,
                       coalesce(p.p_attendance, 0)::smallint as p_attendance,
                       p.content_days::smallint as content_days, p.p_content::smallint as p_content,
                       p.paid::smallint as paid, p.p_purchases::smallint as p_purchases,
                       p.warnings::smallint as warnings, p.red_lines::smallint as red_lines,
                       case when cast(:today as date) - p.joined_on < :newDays
                            then (cast(:today as date) - p.joined_on)::smallint end as joined_days_ago
                from points p
                offset 0
            ), changed as (
                select s.*, h.segment as old_segment
                from scored s
                left join member_health h on h.membership_id = s.id
                where h.membership_id is null
                   or (h.score, h.segment, h.month, h.silent_days, h.recency_points, h.active_days,
                       h.frequency_points, h.engagement_kinds, h.breadth_points, h.activities_offered,
                       h.activities_attended, h.attendance_points, h.content_days, h.content_points, h.paid_orders,
                       h.purchase_points, h.warnings, h.red_lines, h.joined_days_ago)
                      is distinct from
                      (s.score, s.segment, cast(:month as date), s.silent, s.p_recency, s.active_days,
                       s.p_frequency, s.kinds, s.p_breadth, s.offered, s.attended, s.p_attendance, s.content_days,
                       s.p_content, s.paid, s.p_purchases, s.warnings, s.red_lines, s.joined_days_ago)
                   or date_trunc('week', h.computed_at at time zone :zone)
                      <> date_trunc('week', cast(:now as timestamptz) at time zone :zone)
            ), updated as (
                update member_health h set
                    score = c.score,
                    segment = c.segment,
                    segment_since = case when h.segment = c.segment then h.segment_since else :today end,
                    month = :month,
                    month_start_segment = case when h.month < :month then h.segment else h.month_start_segment end,
                    trend = case when date_trunc('week', h.computed_at at time zone :zone)
                                      = date_trunc('week', cast(:now as timestamptz) at time zone :zone)
                                      and cardinality(h.trend) > 0
                                 then trim_array(h.trend, 1) || c.score
                                 else (h.trend || c.score)[greatest(1, cardinality(h.trend) - 10):] end,
                    computed_at = :now,
                    silent_days = c.silent, recency_points = c.p_recency, active_days = c.active_days,
                    frequency_points = c.p_frequency, engagement_kinds = c.kinds, breadth_points = c.p_breadth,
                    activities_offered = c.offered, activities_attended = c.attended,
                    attendance_points = c.p_attendance, content_days = c.content_days, content_points = c.p_content,
                    paid_orders = c.paid, purchase_points = c.p_purchases, warnings = c.warnings,
                    red_lines = c.red_lines, joined_days_ago = c.joined_days_ago
                from changed c
                where c.old_segment is not null and h.membership_id = c.id
            ), inserted as (
                insert into member_health (tenant_id, membership_id, community_id, member_id, score, segment,
                                           segment_since, month, month_start_segment, trend, computed_at,
                                           silent_days, recency_points, active_days, frequency_points,
                                           engagement_kinds, breadth_points, activities_offered, activities_attended,
                                           attendance_points, content_days, content_points, paid_orders,
                                           purchase_points, warnings, red_lines, joined_days_ago)
                select current_tenant_id(), c.id, c.community_id, c.member_id, c.score, c.segment, :today, :month,
                       case when c.joined_on >= :month then null else c.segment end, array[c.score], :now,
                       c.silent, c.p_recency, c.active_days, c.p_frequency, c.kinds, c.p_breadth, c.offered,
                       c.attended, c.p_attendance, c.content_days, c.p_content, c.paid, c.p_purchases, c.warnings,
                       c.red_lines, c.joined_days_ago
                from changed c
                where c.old_segment is null
            )
            select c.id, c.community_id, c.member_id, c.old_segment, c.segment, c.score
            from changed c
            where c.old_segment is distinct from c.segment""";

    private final JdbcClient jdbc;

    HealthQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<HealthSettings> settings() {
        return jdbc.sql("select " + SETTINGS + " from member_health_setting").query(HealthQueries::mapSettings)
                .optional();
    }

    /** Writes the thresholds if nobody saved since {@code expectedVersion}; answers whether it did. */
    boolean save(HealthSettings settings, long expectedVersion, Instant at) {
        return jdbc.sql("""
                        insert into member_health_setting as s (tenant_id, champion_min, steady_min, at_risk_min,
                                                                slipping_min, new_days, dormant_days,
                                                                activities_counted, recompute_requested, updated_at,
                                                                version)
                        values (current_tenant_id(), :champion, :steady, :atRisk, :slipping, :newDays, :dormantDays,
                                :activities, true, :at, 1)
                        on conflict (tenant_id) do update set
                            champion_min = excluded.champion_min, steady_min = excluded.steady_min,
                            at_risk_min = excluded.at_risk_min, slipping_min = excluded.slipping_min,
                            new_days = excluded.new_days, dormant_days = excluded.dormant_days,
                            activities_counted = excluded.activities_counted, recompute_requested = true,
                            updated_at = excluded.updated_at, version = s.version + 1
                        where s.version = :version""")
                .param("champion", settings.championMin()).param("steady", settings.steadyMin())
                .param("atRisk", settings.atRiskMin()).param("slipping", settings.slippingMin())
                .param("newDays", settings.newDays()).param("dormantDays", settings.dormantDays())
                .param("activities", settings.activitiesCounted()).param("at", Timestamp.from(at))
                .param("version", expectedVersion)
                .update() == 1;
    }

    RunState runState() {
        return jdbc.sql("""
                        select computed_on, computed_at, recompute_requested, version from member_health_setting""")
                .query((rs, row) -> {
                    Date on = rs.getDate("computed_on");
                    Timestamp at = rs.getTimestamp("computed_at");
                    return new RunState(on == null ? null : on.toLocalDate(), at == null ? null : at.toInstant(),
                            rs.getBoolean("recompute_requested"), rs.getLong("version"));
                })
                .optional().orElse(new RunState(null, null, false, 0));
    }

    /**
     * Notes the run; a save that committed while it ran (another version than the run read) keeps its request, so
     * the new thresholds are applied by the next run.
     */
    void markComputed(LocalDate today, Instant at, long versionUsed) {
        jdbc.sql("""
                        insert into member_health_setting as s (tenant_id, computed_on, computed_at)
                        values (current_tenant_id(), :today, :at)
                        on conflict (tenant_id) do update set
                            computed_on = excluded.computed_on, computed_at = excluded.computed_at,
                            recompute_requested = s.recompute_requested and s.version <> :version""")
                .param("today", Date.valueOf(today)).param("at", Timestamp.from(at)).param("version", versionUsed)
                .update();
    }

    /**
     * Writes the flows of every month that ended since the rows were last computed: each row still in an earlier
     * month is one member who went from the segment it had when that month began (NONE: joined during it) to the
     * segment it ended with, or to GONE when no longer joined; the departures counted during the month add their
     * GONE. Answers the flow rows written.
     */
    int closeMonths(LocalDate month) {
        int written = jdbc.sql("""
                        with moves as (
                            select h.community_id, h.month, coalesce(h.month_start_segment, 'NONE') as from_segment,
                                   case when m.status = 'JOINED' then h.segment else 'GONE' end as to_segment,
                                   count(*) as members
                            from member_health h
                            join membership m on m.id = h.membership_id
                            where h.month < :month
                            group by 1, 2, 3, 4
                            union all
                            select community_id, month, from_segment, 'GONE', members
                            from member_health_departure
                            where month < :month
                        )
                        insert into member_health_flow as f (tenant_id, community_id, month, from_segment, to_segment,
                                                             members)
                        select current_tenant_id(), community_id, month, from_segment, to_segment, sum(members)
                        from moves
                        group by community_id, month, from_segment, to_segment
                        on conflict (tenant_id, community_id, month, from_segment, to_segment) do update
                            set members = f.members + excluded.members""")
                .param("month", Date.valueOf(month)).update();
        jdbc.sql("delete from member_health_departure where month < :month").param("month", Date.valueOf(month))
                .update();
        return written;
    }

    /**
     * Removes the rows of memberships no longer joined (a deleted membership's row goes with it, by its foreign key),
     * looking up only the memberships of another status; those scored in the running month are counted as its
     * departures (earlier months' departures were counted by {@link #closeMonths}). Answers how many were removed.
     */
    int removeDepartures(LocalDate month) {
        return jdbc.sql("""
                        with gone as (
                            delete from member_health h
                            using membership m
                            where m.tenant_id = h.tenant_id and m.id = h.membership_id and m.status <> 'JOINED'
                            returning h.community_id, h.month, coalesce(h.month_start_segment, 'NONE') as from_segment
                        ), counted as (
                            insert into member_health_departure as d (tenant_id, community_id, month, from_segment,
                                                                      members)
                            select current_tenant_id(), community_id, month, from_segment, count(*)
                            from gone
                            where month = :month
                            group by community_id, month, from_segment
                            on conflict (tenant_id, community_id, month, from_segment) do update
                                set members = d.members + excluded.members
                        )
                        select count(*) from gone""")
                .param("month", Date.valueOf(month)).query(Integer.class).single();
    }

    /** Scores every joined membership, writes the rows that changed and answers the segment changes. */
    List<Change> score(HealthSettings settings, LocalDate today, Instant now, ZoneId zone) {
        return jdbc.sql(SCORED)
                .param("zone", zone.getId())
                .param("today", Date.valueOf(today))
                .param("month", Date.valueOf(today.withDayOfMonth(1)))
                .param("now", Timestamp.from(now))
                .param("activities", settings.activitiesCounted())
                .param("newDays", settings.newDays())
                .param("dormantDays", settings.dormantDays())
                .param("championMin", settings.championMin())
                .param("steadyMin", settings.steadyMin())
                .param("atRiskMin", settings.atRiskMin())
                .param("slippingMin", settings.slippingMin())
                .query((rs, row) -> new Change(rs.getObject("id", UUID.class),
                        rs.getObject("community_id", UUID.class), rs.getObject("member_id", UUID.class),
                        segment(rs.getString("old_segment")), HealthSegment.valueOf(rs.getString("segment")),
                        rs.getInt("score")))
                .list();
    }

    /** How many joined members each segment holds now. */
    Map<HealthSegment, Integer> segmentCounts() {
        Map<HealthSegment, Integer> counts = new EnumMap<>(HealthSegment.class);
        jdbc.sql("select segment, count(*)::int as members from member_health group by segment")
                .query((RowCallbackHandler) rs -> counts.put(HealthSegment.valueOf(rs.getString("segment")),
                        rs.getInt("members")));
        return counts;
    }

    /**
     * How many members each segment would hold under {@code settings}, from the scores and silences of the last
     * recompute and each member's days since joining today.
     */
    Map<HealthSegment, Integer> preview(HealthSettings settings, LocalDate today, ZoneId zone) {
        Map<HealthSegment, Integer> counts = new EnumMap<>(HealthSegment.class);
        jdbc.sql("""
                        select segment, count(*)::int as members
                        from (select case when cast(:today as date) - (m.joined_at at time zone :zone)::date < :newDays
                                               then 'NEW'
                                          when h.silent_days >= :dormantDays then 'DORMANT'
                                          when h.score >= :championMin then 'CHAMPION'
                                          when h.score >= :steadyMin then 'STEADY'
                                          when h.score >= :atRiskMin then 'AT_RISK'
                                          when h.score >= :slippingMin then 'SLIPPING'
                                          else 'DORMANT' end as segment
                              from member_health h
                              join membership m on m.id = h.membership_id
                              where m.status = 'JOINED') x
                        group by segment""")
                .param("today", Date.valueOf(today)).param("zone", zone.getId())
                .param("newDays", settings.newDays()).param("dormantDays", settings.dormantDays())
                .param("championMin", settings.championMin()).param("steadyMin", settings.steadyMin())
                .param("atRiskMin", settings.atRiskMin()).param("slippingMin", settings.slippingMin())
                .query((RowCallbackHandler) rs -> counts.put(HealthSegment.valueOf(rs.getString("segment")),
                        rs.getInt("members")));
        return counts;
    }

    private static @Nullable HealthSegment segment(@Nullable String name) {
        return name == null ? null : HealthSegment.valueOf(name);
    }

    private static HealthSettings mapSettings(ResultSet rs, int row) throws SQLException {
        return new HealthSettings(rs.getInt("champion_min"), rs.getInt("steady_min"), rs.getInt("at_risk_min"),
                rs.getInt("slipping_min"), rs.getInt("new_days"), rs.getInt("dormant_days"),
                rs.getInt("activities_counted"), rs.getLong("version"));
    }
}
