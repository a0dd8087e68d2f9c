package app.communityops.kpi;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The engagement KPIs. Active members come from the rollups (a member is active on a day with at least one
 * engagement event); activation reads the events of the period's new members only, through the events' member
 * index.
 */
@Component
class EngagementFigures {

    private final JdbcTemplate jdbc;

    EngagementFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Activation and retention read more than the rollups, so they are computed only when wanted. */
    Map<Kpi, @Nullable BigDecimal> values(UUID community, Window window, Window previous, CanvasDetails settings,
                                          Collection<Kpi> wanted) {
        Map<String, Object> row = jdbc.queryForMap("""
                select (select coalesce(sum(active_members), 0) from kpi_daily
                        where community_id = ? and day between ? and ?) as active_days,
                       (select count(distinct member_id) from kpi_member_day
                        where community_id = ? and day between ? and ?) as wau,
                       (select count(distinct member_id) from kpi_member_day
                        where community_id = ? and day between ? and ?) as mau""",
                community, date(window.from()), date(window.to()),
                community, date(window.to().minusDays(6)), date(window.to()),
                community, date(window.to().minusDays(29)), date(window.to()));
        Map<Kpi, @Nullable BigDecimal> values = new EnumMap<>(Kpi.class);
        BigDecimal dau = RecordFigures.ratio(RecordFigures.count(row, "active_days"),
                BigDecimal.valueOf(window.days()), 1);
        BigDecimal mau = RecordFigures.count(row, "mau");
        values.put(Kpi.DAU, dau);
        values.put(Kpi.WAU, RecordFigures.count(row, "wau"));
        values.put(Kpi.MAU, mau);
        values.put(Kpi.STICKINESS, dau == null ? null : RecordFigures.percent(dau, mau));
        if (wanted.contains(Kpi.ACTIVATION_RATE)) {
            values.put(Kpi.ACTIVATION_RATE, activation(community, window, settings));
        }
        if (wanted.contains(Kpi.RETENTION_M1)) {
            values.put(Kpi.RETENTION_M1, retention(community, window, previous));
        }
        return values;
    }

    private @Nullable BigDecimal activation(UUID community, Window window, CanvasDetails settings) {
        Map<String, Object> row = jdbc.queryForMap("""
                with joined as (
                    select e.membership_id, m.member_id, e.occurred_at from membership_event e
                    join membership m on m.tenant_id = e.tenant_id and m.id = e.membership_id
                    where e.community_id = ? and e.type = 'JOINED' and e.occurred_at >= ? and e.occurred_at < ?
                )
                select count(*) as joined,
                       count(*) filter (where exists (
                           select 1 from engagement_event v
                           where v.member_id = j.member_id and v.community_id = ? and v.type = any(?)
                             and v.occurred_at >= j.occurred_at
                             and v.occurred_at < j.occurred_at + make_interval(days => ?))) as activated
                from joined j""",
                community, window.start(), window.end(), community,
                settings.activationTypes().toArray(String[]::new), settings.activationDays());
        return RecordFigures.percent(RecordFigures.count(row, "activated"), RecordFigures.count(row, "joined"));
    }

    /** Of the members who joined in the previous period, the share active in this one. */
    private @Nullable BigDecimal retention(UUID community, Window window, Window previous) {
        Map<String, Object> row = jdbc.queryForMap("""
                with cohort as (
                    select distinct m.member_id from membership_event e
                    join membership m on m.tenant_id = e.tenant_id and m.id = e.membership_id
                    where e.community_id = ? and e.type = 'JOINED' and e.occurred_at >= ? and e.occurred_at < ?
                )
                select count(*) as cohort,
                       count(*) filter (where exists (
                           select 1 from kpi_member_day d
                           where d.community_id = ? and d.member_id = c.member_id and d.day between ? and ?))
                           as retained
                from cohort c""",
                community, previous.start(), previous.end(), community, date(window.from()), date(window.to()));
        return RecordFigures.percent(RecordFigures.count(row, "retained"), RecordFigures.count(row, "cohort"));
    }

    /** Active members per day, zero-filled, for the DAU series. */
    List<DayPoint> activeSeries(UUID community, Window window) {
        return jdbc.query("""
                        select d::date, coalesce(k.active_members, 0) from generate_series(?::date, ?::date, interval '1 day') d
                        left join kpi_daily k on k.community_id = ? and k.day = d::date order by 1""",
                (rs, i) -> new DayPoint(rs.getDate(1).toLocalDate(), BigDecimal.valueOf(rs.getLong(2))),
                date(window.from()), date(window.to()), community);
    }

    static Date date(java.time.LocalDate day) {
        return Date.valueOf(day);
    }
}
