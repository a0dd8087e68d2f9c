package app.communityops.kpi;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds the cohort matrix from JOINED events and the members' active days of the rollup. The member-days are read
 * as one range of days of the community (its first cohort's month on), joined to the cohort by member.
 */
@Component
class Cohorts {

    private final JdbcTemplate jdbc;

    Cohorts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    CohortMatrix matrix(UUID community, LocalDate today, int months, ZoneId zone) {
        YearMonth current = YearMonth.from(today);
        YearMonth first = current.minusMonths(months - 1L);
        Timestamp start = Timestamp.from(first.atDay(1).atStartOfDay(zone).toInstant());
        Timestamp end = Timestamp.from(current.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
        KpiCalculator.customPlans(jdbc);
        Map<YearMonth, Long> sizes = new HashMap<>();
        Map<YearMonth, Map<Integer, Long>> active = new HashMap<>();
        jdbc.query("""
                        with cohort as (
                            select distinct m.member_id,
                                   date_trunc('month', e.occurred_at at time zone ?)::date as joined
                            from membership_event e
                            join membership m on m.tenant_id = e.tenant_id and m.community_id = e.community_id
                                               and m.id = e.membership_id
                            where e.community_id = ? and e.type = 'JOINED' and e.occurred_at >= ? and e.occurred_at < ?
                        ), activity as (
                            select distinct c.joined, c.member_id, date_trunc('month', d.day)::date as month
                            from cohort c join kpi_member_day d on d.community_id = ? and d.member_id = c.member_id
                            where d.day >= ? and d.day >= c.joined and d.day < ?
                        )
                        select joined, null::date as month, count(*) from cohort group by joined
                        union all
                        select joined, month, count(*) from activity group by joined, month""",
                rs -> {
                    YearMonth joined = YearMonth.from(rs.getDate(1).toLocalDate());
                    Date month = rs.getDate(2);
                    if (month == null) {
                        sizes.put(joined, rs.getLong(3));
                    } else {
                        int offset = (int) (YearMonth.from(month.toLocalDate()).getMonthValue()
                                + 12L * YearMonth.from(month.toLocalDate()).getYear()
                                - joined.getMonthValue() - 12L * joined.getYear());
                        active.computeIfAbsent(joined, key -> new HashMap<>()).put(offset, rs.getLong(3));
                    }
                }, zone.getId(), community, start, end, community, Date.valueOf(first.atDay(1)),
                Date.valueOf(current.plusMonths(1).atDay(1)));
        List<CohortMatrix.Cohort> cohorts = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
            long size = sizes.getOrDefault(month, 0L);
            List<@Nullable BigDecimal> row = new ArrayList<>();
            int offsets = (int) (current.getMonthValue() + 12L * current.getYear() - month.getMonthValue()
                    - 12L * month.getYear()) + 1;
            for (int offset = 0; offset < offsets; offset++) {
                long retained = active.getOrDefault(month, Map.of()).getOrDefault(offset, 0L);
                row.add(RecordFigures.percent(BigDecimal.valueOf(retained), BigDecimal.valueOf(size)));
            }
            cohorts.add(new CohortMatrix.Cohort(month, size, row));
        }
        return new CohortMatrix(cohorts);
    }
}
