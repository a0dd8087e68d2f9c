package app.communityops.kpi;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Daily values of the KPIs that have a daily meaning, zero-filled, for sparklines and time series: active members
 * from kpi_daily, joins and departures from the membership history, published content. A board's six series come
 * from one statement.
 */
@Component
class DailySeries {

    /** The KPIs declared with a daily series ({@link Kpi#daily()}); the statement below fills each of them. */
    static final List<Kpi> DAILY = Kpi.withDailySeries();

    private final JdbcTemplate jdbc;
    private final RecordFigures records;

    DailySeries(JdbcTemplate jdbc, RecordFigures records) {
        this.jdbc = jdbc;
        this.records = records;
    }

    /** Empty for KPIs without a daily meaning (rates over a period, rolling windows, money). */
    List<DayPoint> of(UUID community, Kpi kpi, Window window) {
        if (!DAILY.contains(kpi)) {
            return List.of();
        }
        long atStart = kpi == Kpi.MEMBERS_TOTAL
                ? records.figures(List.of(community), List.of(window), false).get(community).getFirst()
                        .membersAtStart() : 0;
        return all(community, window, atStart).get(kpi);
    }

    /**
     * All daily series of the window. Members at the end of each day are those at the start plus the day-by-day
     * joins minus the departures.
     */
    Map<Kpi, List<DayPoint>> all(UUID community, Window window, long membersAtStart) {
        Map<Kpi, List<DayPoint>> series = new EnumMap<>(Kpi.class);
        DAILY.forEach(kpi -> series.put(kpi, new ArrayList<>()));
        KpiCalculator.customPlans(jdbc);
        long[] running = {membersAtStart};
        String zone = window.zone().getId();
        jdbc.query("""
                        with flow as (
                            select (occurred_at at time zone ?)::date as day,
                                   count(*) filter (where type = 'JOINED') as j,
                                   count(*) filter (where type = 'LEFT') as l,
                                   count(*) filter (where type = 'ELIMINATED') as e
                            from membership_event
                            where community_id = ? and type in ('JOINED', 'LEFT', 'ELIMINATED')
                              and occurred_at >= ? and occurred_at < ? group by 1
                        ), published as (
                            select (i.publish_at at time zone ?)::date as day, count(*) as n from content_item i
                            join content_item_community c on c.tenant_id = i.tenant_id and c.content_id = i.id
                            where c.community_id = ? and i.status = 'PUBLISHED' and i.publish_at >= ?
                              and i.publish_at < ?
                            group by 1
                        )
                        select d::date, coalesce(k.active_members, 0), coalesce(f.j, 0), coalesce(f.l, 0),
                               coalesce(f.e, 0), coalesce(p.n, 0)
                        from generate_series(?::date, ?::date, interval '1 day') d
                        left join kpi_daily k on k.community_id = ? and k.day = d::date
                        left join flow f on f.day = d::date
                        left join published p on p.day = d::date
                        order by 1""",
                rs -> {
                    java.time.LocalDate day = rs.getDate(1).toLocalDate();
                    long joined = rs.getLong(3);
                    long left = rs.getLong(4);
                    long eliminated = rs.getLong(5);
                    running[0] += joined - left - eliminated;
                    series.get(Kpi.DAU).add(point(day, rs.getLong(2)));
                    series.get(Kpi.MEMBERS_NEW).add(point(day, joined));
                    series.get(Kpi.MEMBERS_LEFT).add(point(day, left));
                    series.get(Kpi.MEMBERS_ELIMINATED).add(point(day, eliminated));
                    series.get(Kpi.MEMBERS_TOTAL).add(point(day, running[0]));
                    series.get(Kpi.CONTENT_PUBLISHED).add(point(day, rs.getLong(6)));
                },
                zone, community, window.start(), window.end(), zone, community, window.start(), window.end(),
                Date.valueOf(window.from()), Date.valueOf(window.to()), community);
        return series;
    }

    private static DayPoint point(java.time.LocalDate day, long value) {
        return new DayPoint(day, BigDecimal.valueOf(value));
    }
}
