package app.communityops.kpi;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The engagement KPIs, all from the rollups (a member is active on a day with at least one engagement event):
 * active member-days, distinct members over the WAU and MAU windows, retention, and activation, which reads the
 * events themselves only where the time of day decides (see {@link #activated}).
 */
@Component
class EngagementFigures {

    /**
     * The CTEs {@code activation_days} and {@code activated (key)}, the latter the rows of a CTE
     * {@code joined (key, member_id, occurred_at)} with a qualifying event in {@code [occurred_at, occurred_at + N
     * days)}. A member-day strictly inside that window with a qualifying type bit proves it; on the window's first and
     * last day only the events themselves can tell whether the event fell before or after the boundary instant, so
     * those days (and only for members active on them) probe the events through the member index. Named parameters
     * (see {@link JoinerFigures}): {@code :community}, {@code :zone}; {@code :activation_from} and
     * {@code :activation_to}, the first and last day of the member-days to read; {@code :activation_mask} and
     * {@code :activation_types}, the qualifying types as rollup bits and as names; {@code :activation_days}, N;
     * {@code :first_start} and {@code :activation_until}, the earliest join and the latest end of an activation window
     * (so that the plan reads only the event partitions of those months).
     *
     * <p>The community's qualifying member-days of the period are read once (materialized) and joined to the joiners:
     * the joiners of a running period are underestimated (their days lie at the end of the statistics), and a nested
     * loop then scanned the period's member-days of the community once per joiner (the member is the key's last
     * column): 0.3 s for 2,500 joiners.
     */
    static final String ACTIVATED = """
            activation_days as materialized (
                select member_id, day from kpi_member_day
                where community_id = :community and day between :activation_from and :activation_to
                  and types & :activation_mask <> 0
            ), activated as (
                select distinct j.key from joined j
                cross join lateral (select (j.occurred_at at time zone :zone)::date as first_day,
                                           j.occurred_at + make_interval(days => :activation_days) as until) b
                join activation_days d on d.member_id = j.member_id
                where d.day >= b.first_day and d.day <= (b.until at time zone :zone)::date
                  and (d.day > b.first_day and d.day < (b.until at time zone :zone)::date
                       or exists (select 1 from engagement_event v
                                  where v.member_id = j.member_id and v.community_id = :community
                                    and v.type = any(:activation_types)
                                    and v.occurred_at >= :first_start and v.occurred_at < :activation_until
                                    and v.occurred_at >= greatest(j.occurred_at, d.day::timestamp at time zone :zone)
                                    and v.occurred_at < least(b.until, (d.day + 1)::timestamp at time zone :zone)))
            )""";

    private final JdbcTemplate jdbc;

    EngagementFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** DAU, WAU, MAU and stickiness of each community for each window, from the rollups in one statement. */
    Map<UUID, List<Map<Kpi, @Nullable BigDecimal>>> activity(List<UUID> communities, List<Window> windows) {
        Map<UUID, List<Map<Kpi, @Nullable BigDecimal>>> values = new HashMap<>();
        jdbc.query("""
                        select c.id, w.n,
                               (select coalesce(sum(active_members), 0) from kpi_daily
                                where community_id = c.id and day between w.f and w.t) as active_days,
                               (select count(distinct member_id) from kpi_member_day
                                where community_id = c.id and day between w.t - 6 and w.t) as wau,
                               (select count(distinct member_id) from kpi_member_day
                                where community_id = c.id and day between w.t - 29 and w.t) as mau
                        from unnest(?::uuid[]) c (id)
                        cross join unnest(?::date[], ?::date[]) with ordinality w (f, t, n)
                        order by c.id, w.n""",
                rs -> {
                    Map<String, Object> row = Map.of("active_days", rs.getLong(3), "wau", rs.getLong(4),
                            "mau", rs.getLong(5));
                    Window window = windows.get(rs.getInt(2) - 1);
                    Map<Kpi, @Nullable BigDecimal> map = new EnumMap<>(Kpi.class);
                    BigDecimal dau = RecordFigures.ratio(RecordFigures.count(row, "active_days"),
                            BigDecimal.valueOf(window.days()), 1);
                    BigDecimal mau = RecordFigures.count(row, "mau");
                    map.put(Kpi.DAU, dau);
                    map.put(Kpi.WAU, RecordFigures.count(row, "wau"));
                    map.put(Kpi.MAU, mau);
                    map.put(Kpi.STICKINESS, dau == null ? null : RecordFigures.percent(dau, mau));
                    values.computeIfAbsent(rs.getObject(1, UUID.class), key -> new ArrayList<>()).add(map);
                },
                communities.toArray(UUID[]::new), windows.stream().map(w -> date(w.from())).toArray(Date[]::new),
                windows.stream().map(w -> date(w.to())).toArray(Date[]::new));
        return values;
    }

    /** Of the members who joined in the previous period, the share active in this one. */
    @Nullable BigDecimal retention(UUID community, Window window, Window previous) {
        Map<String, Object> row = jdbc.queryForMap("""
                with cohort as (
                    select distinct m.member_id from membership_event e
                    join membership m on m.tenant_id = e.tenant_id and m.community_id = e.community_id
                                       and m.id = e.membership_id
                    where e.community_id = ? and e.type = 'JOINED' and e.occurred_at >= ? and e.occurred_at < ?
                )
                select count(*) as cohort,
                       count(*) filter (where member_id in (
                           select d.member_id from kpi_member_day d
                           where d.community_id = ? and d.day between ? and ?)) as retained
                from cohort c""",
                community, previous.start(), previous.end(), community, date(window.from()), date(window.to()));
        return RecordFigures.percent(RecordFigures.count(row, "retained"), RecordFigures.count(row, "cohort"));
    }

    static Date date(java.time.LocalDate day) {
        return Date.valueOf(day);
    }
}
