package app.communityops.screening;

import app.communityops.shared.Access;
import app.communityops.community.CommunityService;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Custom page's figures, computed in the database from memberships and their history. An application counts
 * as decided once it was approved or rejected (it has a decision time); it counts as approved unless its status
 * is REJECTED, so members approved and later eliminated or gone still count as approved.
 */
@Service
@PreAuthorize(Access.READERS_OR_JOB)
public class ScreeningStatsService {

    private final JdbcTemplate jdbc;
    private final CommunityService access;
    private final Clock clock;

    ScreeningStatsService(JdbcTemplate jdbc, CommunityService access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PassRates passRates(UUID communityId) {
        access.readable(communityId);
        int[] overall = jdbc.queryForObject("""
                        select count(*), count(*) filter (where status <> 'REJECTED') from membership
                        where community_id = ? and decided_at is not null""",
                (rs, row) -> new int[] {rs.getInt(1), rs.getInt(2)}, communityId);
        Map<ScreeningMechanism, PassRates.MechanismRate> rates = new EnumMap<>(ScreeningMechanism.class);
        jdbc.query("""
                        select m.mechanism, count(*), count(*) filter (where ms.status <> 'REJECTED'),
                               count(*) filter (where ms.screening -> 'outcomes' -> m.mechanism ->> 'outcome' = 'PASSED')
                        from membership ms cross join lateral unnest(ms.mechanisms) as m(mechanism)
                        where ms.community_id = ? and ms.decided_at is not null
                        group by m.mechanism""",
                rs -> {
                    ScreeningMechanism mechanism = ScreeningMechanism.valueOf(rs.getString(1));
                    rates.put(mechanism, new PassRates.MechanismRate(mechanism, rs.getInt(2), rs.getInt(3),
                            rs.getInt(4)));
                }, communityId);
        return new PassRates(overall == null ? 0 : overall[0], overall == null ? 0 : overall[1],
                new ArrayList<>(rates.values()));
    }

    /**
     * Joins and eliminations in each of the last twelve months (the current one included). Month boundaries are
     * computed here in the reader's zone, daylight saving included, and the database only sorts events into them.
     */
    @Transactional(readOnly = true)
    public List<MonthFlow> flow(UUID communityId, ZoneId zone) {
        access.readable(communityId);
        YearMonth current = YearMonth.now(clock.withZone(zone));
        List<YearMonth> months = new ArrayList<>();
        List<Timestamp> bounds = new ArrayList<>();
        for (int back = 11; back >= 0; back--) {
            YearMonth month = current.minusMonths(back);
            months.add(month);
            bounds.add(Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant()));
        }
        bounds.add(Timestamp.from(current.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()));
        int[][] counts = new int[months.size()][2];
        jdbc.query("""
                        select width_bucket(occurred_at, ?::timestamptz[]), type, count(*) from membership_event
                        where community_id = ? and type in ('JOINED', 'ELIMINATED')
                          and occurred_at >= ? and occurred_at < ?
                        group by 1, 2""",
                rs -> {
                    int bucket = rs.getInt(1) - 1;
                    if (bucket >= 0 && bucket < months.size()) {
                        counts[bucket]["JOINED".equals(rs.getString(2)) ? 0 : 1] = rs.getInt(3);
                    }
                }, bounds.toArray(Timestamp[]::new), communityId, bounds.getFirst(), bounds.getLast());
        List<MonthFlow> flow = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            flow.add(new MonthFlow(months.get(i), counts[i][0], counts[i][1]));
        }
        return flow;
    }
}
