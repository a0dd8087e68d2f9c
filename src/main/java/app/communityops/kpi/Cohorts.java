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
 * as one range of days of the community (its first cohort's month on), joined to the cohort by member. Months are
 * numbered by finding each instant and day among the months' starts (width_bucket), which is cheaper per row than
 * converting it to the tenant's zone and truncating it.
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
        Timestamp[] instants = new Timestamp[months];
        Date[] days = new Date[months];
        for (int i = 0; i < months; i++) {
            LocalDate day = first.plusMonths(i).atDay(1);
            instants[i] = Timestamp.from(day.atStartOfDay(zone).toInstant());
            days[i] = Date.valueOf(day);
        }
        Timestamp end = Timestamp.from(current.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
        KpiCalculator.customPlans(jdbc);
        Map<YearMonth, Long> sizes = new HashMap<>();
        Map<YearMonth, Map<Integer, Long>> active = new HashMap<>();
        jdbc.query("""
                        with cohort as materialized (
                            select m.member_id, width_bucket(e.occurred_at, ?::timestamptz[]) as joined
                            from membership_event e
                            join membership m on m.tenant_id = e.tenant_id and m.community_id = e.community_id
                                               and m.id = e.membership_id
                            where e.community_id = ? and e.type = 'JOINED' and e.occurred_at >= ? and e.occurred_at < ?
                            group by 1, 2
                        ), activity as (
                            select c.joined, width_bucket(d.day, ?::date[]) as month,
                                   count(distinct c.member_id) as members
                            from cohort c join kpi_member_day d on d.community_id = ? and d.member_id = c.member_id
                            where d.day >= ? and d.day < ?
                            group by 1, 2
                        )
                        select joined, null::int as month, count(*) from cohort group by joined
                        union all
                        select joined, month, members from activity where month >= joined""",
                rs -> {
                    YearMonth joined = first.plusMonths(rs.getInt(1) - 1L);
                    int month = rs.getInt(2);
                    if (rs.wasNull()) {
                        sizes.put(joined, rs.getLong(3));
                    } else {
                        active.computeIfAbsent(joined, key -> new HashMap<>()).put(month - rs.getInt(1),
                                rs.getLong(3));
                    }
                }, instants, community, instants[0], end, days, community, days[0],
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
