package app.communityops.kpi;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Daily values of the KPIs that have a daily meaning, zero-filled, for sparklines and time series. */
@Component
class DailySeries {

    private final JdbcTemplate jdbc;
    private final EngagementFigures engagement;

    DailySeries(JdbcTemplate jdbc, EngagementFigures engagement) {
        this.jdbc = jdbc;
        this.engagement = engagement;
    }

    /** Empty for KPIs without a daily meaning (rates over a period, rolling windows, money). */
    List<DayPoint> of(UUID community, Kpi kpi, Window window) {
        return switch (kpi) {
            case DAU -> engagement.activeSeries(community, window);
            case MEMBERS_NEW -> flow(community, window, "JOINED");
            case MEMBERS_LEFT -> flow(community, window, "LEFT");
            case MEMBERS_ELIMINATED -> flow(community, window, "ELIMINATED");
            case MEMBERS_TOTAL -> total(community, window);
            case CONTENT_PUBLISHED -> content(community, window);
            default -> List.of();
        };
    }

    private List<DayPoint> flow(UUID community, Window window, String type) {
        return perDay(window, """
                select (occurred_at at time zone ?)::date, count(*) from membership_event
                where community_id = ? and type = ? and occurred_at >= ? and occurred_at < ? group by 1""",
                window.zone().getId(), community, type, window.start(), window.end());
    }

    /** Members at the end of each day: those at the start plus the day-by-day joins minus the departures. */
    private List<DayPoint> total(UUID community, Window window) {
        Long atStart = jdbc.queryForObject("select count(*) from (" + RecordFigures.MEMBERS_AT + ") s", Long.class,
                community, window.start());
        long running = atStart == null ? 0 : atStart;
        List<DayPoint> changes = perDay(window, """
                select (occurred_at at time zone ?)::date, sum(case when type = 'JOINED' then 1 else -1 end)
                from membership_event
                where community_id = ? and type in ('JOINED', 'LEFT', 'ELIMINATED')
                  and occurred_at >= ? and occurred_at < ? group by 1""",
                window.zone().getId(), community, window.start(), window.end());
        List<DayPoint> totals = new ArrayList<>(changes.size());
        for (DayPoint change : changes) {
            running += change.value() == null ? 0 : change.value().longValue();
            totals.add(new DayPoint(change.day(), BigDecimal.valueOf(running)));
        }
        return totals;
    }

    private List<DayPoint> content(UUID community, Window window) {
        return perDay(window, """
                select (i.publish_at at time zone ?)::date, count(*) from content_item i
                join content_item_community c on c.tenant_id = i.tenant_id and c.content_id = i.id
                where c.community_id = ? and i.status = 'PUBLISHED' and i.publish_at >= ? and i.publish_at < ?
                group by 1""", window.zone().getId(), community, window.start(), window.end());
    }

    private List<DayPoint> perDay(Window window, String perDaySql, Object... arguments) {
        Object[] all = new Object[arguments.length + 2];
        System.arraycopy(arguments, 0, all, 0, arguments.length);
        all[arguments.length] = Date.valueOf(window.from());
        all[arguments.length + 1] = Date.valueOf(window.to());
        return jdbc.query("with counted (day, n) as (" + perDaySql + """
                        )
                        select d::date, coalesce(c.n, 0) from generate_series(?::date, ?::date, interval '1 day') d
                        left join counted c on c.day = d::date order by 1""",
                (rs, i) -> new DayPoint(rs.getDate(1).toLocalDate(), BigDecimal.valueOf(rs.getLong(2))), all);
    }
}
