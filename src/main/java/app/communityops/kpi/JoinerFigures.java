package app.communityops.kpi;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the board's activation rate and the funnel both follow: the joiners of each window and whether they were
 * activated, in one statement for all windows of a community. The board counts JOINED events, the funnel the
 * memberships by their first join in the window; both flags come from the same activation pass, which reads the
 * community's qualifying member-days once for all windows (see {@link EngagementFigures#ACTIVATED}).
 *
 * <p>The joins are read between the earliest start and the latest end as well as per window, so the planner can use
 * the range of the flow index instead of every stay event of the community. The paying and repurchasing stages count
 * each joiner's orders from the community's orders of all windows, read once and joined by member: counting them per
 * joiner through the member index had been half of the statement's time for 5,000 joiners.
 */
@Component
class JoinerFigures {

    private static final int STAGES = FunnelStageKind.values().length;

    /**
     * One window's joiners: JOINED events and the activated ones (the activation rate), and, when asked for, the
     * funnel's five counts per acquisition channel (null: none recorded).
     */
    record Counts(long joined, long activated, Map<@Nullable UUID, long[]> funnel) {
    }

    private final JdbcTemplate jdbc;

    JoinerFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Counts> of(UUID community, List<Window> windows, CanvasDetails settings, boolean funnel) {
        if (windows.isEmpty()) {
            return List.of();
        }
        List<long[]> board = new ArrayList<>();
        List<Map<@Nullable UUID, long[]>> channels = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            board.add(new long[2]);
            channels.add(new HashMap<>());
        }
        String zone = windows.getFirst().zone().getId();
        Timestamp[] starts = windows.stream().map(Window::start).toArray(Timestamp[]::new);
        Timestamp[] ends = windows.stream().map(Window::end).toArray(Timestamp[]::new);
        LocalDate from = windows.stream().map(Window::from).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = windows.stream().map(Window::to).max(LocalDate::compareTo).orElseThrow();
        Timestamp first = Arrays.stream(starts).min(Timestamp::compareTo).orElseThrow();
        Timestamp last = Arrays.stream(ends).max(Timestamp::compareTo).orElseThrow();
        List<Object> arguments = new ArrayList<>(List.of(starts, ends, community, first, last));
        arguments.addAll(List.of(community, Date.valueOf(from),
                Date.valueOf(to.plusDays(settings.activationDays() + 1L)), Rollups.mask(settings.activationTypes()),
                zone, settings.activationDays(), zone, zone, community,
                settings.activationTypes().toArray(String[]::new), first,
                Timestamp.from(last.toInstant().plus(settings.activationDays(), ChronoUnit.DAYS)), zone, zone,
                community, first, last));
        String sql = """
                with w (s, e, n) as (select * from unnest(?::timestamptz[], ?::timestamptz[]) with ordinality),
                events as (
                    select w.n, e.id as key, m.id as membership_id, m.channel_id, m.member_id, e.occurred_at,
                           w.e as until
                    from w join membership_event e on e.community_id = ? and e.type = 'JOINED'
                                                   and e.occurred_at >= w.s and e.occurred_at < w.e
                                                   and e.occurred_at >= ? and e.occurred_at < ?
                    join membership m on m.tenant_id = e.tenant_id and m.community_id = e.community_id
                                       and m.id = e.membership_id
                ), joined as (
                    select key, member_id, occurred_at from events
                ), """ + EngagementFigures.ACTIVATED + """
                , flagged as (
                    select v.*, v.key in (select key from activated) as is_activated from events v
                ), paid as materialized (
                    select member_id, paid_at from money_order
                    where community_id = ? and paid_at >= ? and paid_at < ? and refunded < amount
                )
                select n, null::uuid, -1, count(*), count(*) filter (where is_activated), 0::bigint, 0::bigint
                from flagged group by n""";
        if (funnel) {
            sql += """

                    union all
                    select w.n, m.channel_id, 0, count(*), 0, 0, 0 from w
                    join membership m on m.community_id = ? and m.applied_at >= w.s and m.applied_at < w.e
                    group by w.n, m.channel_id
                    union all
                    select n, channel_id, 1, count(*), count(*) filter (where is_activated),
                           count(*) filter (where orders >= 1), count(*) filter (where orders >= 2)
                    from (
                        select f.n, f.channel_id, f.is_activated, count(p.member_id) as orders
                        from (select distinct on (n, membership_id) * from flagged
                              order by n, membership_id, occurred_at) f
                        left join paid p on p.member_id = f.member_id and p.paid_at >= f.occurred_at
                                        and p.paid_at < f.until
                        group by f.n, f.membership_id, f.channel_id, f.is_activated
                    ) followed
                    group by n, channel_id""";
            arguments.add(community);
        }
        jdbc.query(sql, rs -> {
            int n = rs.getInt(1) - 1;
            int kind = rs.getInt(3);
            if (kind < 0) {
                board.get(n)[0] = rs.getLong(4);
                board.get(n)[1] = rs.getLong(5);
                return;
            }
            long[] row = channels.get(n).computeIfAbsent(rs.getObject(2, UUID.class), key -> new long[STAGES]);
            if (kind == 0) {
                row[0] = rs.getLong(4);
            } else {
                for (int i = 1; i < STAGES; i++) {
                    row[i] = rs.getLong(i + 3);
                }
            }
        }, arguments.toArray());
        List<Counts> counts = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            counts.add(new Counts(board.get(i)[0], board.get(i)[1], channels.get(i)));
        }
        return counts;
    }
}
