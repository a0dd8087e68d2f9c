package app.communityops.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The KPIs read straight from the records of members, screening, attendance and content (small tables with
 * indexes that fit these queries). Membership history decides who was a member when: a stay begins with a JOINED
 * event and ends with LEFT or ELIMINATED, so a member who left and rejoined counts in each stay's periods.
 */
@Component
class RecordFigures {

    /** Memberships whose latest stay event before the second parameter is JOINED. */
    static final String MEMBERS_AT = """
            select membership_id from (
                select distinct on (membership_id) membership_id, type from membership_event
                where community_id = ? and type in ('JOINED', 'LEFT', 'ELIMINATED') and occurred_at < ?
                order by membership_id, occurred_at desc, id desc
            ) last_event where type = 'JOINED'""";

    private final JdbcTemplate jdbc;

    RecordFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<Kpi, @Nullable BigDecimal> values(UUID community, Window window) {
        Map<String, Object> row = jdbc.queryForMap("""
                with at_start as (""" + MEMBERS_AT + """
                ), at_end as (""" + MEMBERS_AT + """
                ), flow as (
                    select membership_id, type from membership_event
                    where community_id = ? and type in ('JOINED', 'LEFT', 'ELIMINATED')
                      and occurred_at >= ? and occurred_at < ?
                ), base as (
                    select m.member_id from membership m
                    where m.id in (select membership_id from at_start union select membership_id from flow
                                   where type = 'JOINED')
                ), attended as (
                    select distinct member_id from activity_attendance
                    where community_id = ? and attended_at >= ? and attended_at < ?
                ), decided as (
                    select status from membership where community_id = ? and decided_at >= ? and decided_at < ?
                ), published as (
                    select i.reactions, i.replies, i.shares from content_item i
                    join content_item_community c on c.tenant_id = i.tenant_id and c.content_id = i.id
                    where c.community_id = ? and i.status = 'PUBLISHED' and i.publish_at >= ? and i.publish_at < ?
                )
                select (select count(*) from at_start) as at_start,
                       (select count(*) from at_end) as at_end,
                       (select count(*) from flow where type = 'JOINED') as joined,
                       (select count(*) from flow where type = 'LEFT') as left_,
                       (select count(*) from flow where type = 'ELIMINATED') as eliminated,
                       (select count(distinct member_id) from base) as base,
                       (select count(*) from base where member_id in (select member_id from attended)) as attending,
                       (select count(*) from decided) as decided,
                       (select count(*) from decided where status <> 'REJECTED') as passed,
                       (select count(*) from published) as items,
                       (select coalesce(sum(coalesce(reactions, 0) + coalesce(replies, 0) + coalesce(shares, 0)), 0)
                        from published) as engagement""",
                community, window.start(), community, window.end(), community, window.start(), window.end(),
                community, window.start(), window.end(), community, window.start(), window.end(),
                community, window.start(), window.end());
        Map<Kpi, @Nullable BigDecimal> values = new EnumMap<>(Kpi.class);
        values.put(Kpi.MEMBERS_TOTAL, count(row, "at_end"));
        values.put(Kpi.MEMBERS_NEW, count(row, "joined"));
        values.put(Kpi.MEMBERS_LEFT, count(row, "left_"));
        values.put(Kpi.MEMBERS_ELIMINATED, count(row, "eliminated"));
        values.put(Kpi.CHURN_RATE, percent(count(row, "left_").add(count(row, "eliminated")), count(row, "at_start")));
        values.put(Kpi.ATTENDANCE_RATE, percent(count(row, "attending"), count(row, "base")));
        values.put(Kpi.SCREENING_PASS_RATE, percent(count(row, "passed"), count(row, "decided")));
        values.put(Kpi.CONTENT_PUBLISHED, count(row, "items"));
        values.put(Kpi.ENGAGEMENT_PER_ITEM, ratio(count(row, "engagement"), count(row, "items"), 1));
        return values;
    }

    static BigDecimal count(Map<String, Object> row, String column) {
        return BigDecimal.valueOf(((Number) row.get(column)).longValue());
    }

    static @Nullable BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
        return ratio(numerator.multiply(BigDecimal.valueOf(100)), denominator, 1);
    }

    static @Nullable BigDecimal ratio(BigDecimal numerator, BigDecimal denominator, int scale) {
        return denominator.signum() == 0 ? null : numerator.divide(denominator, scale, RoundingMode.HALF_UP);
    }
}
