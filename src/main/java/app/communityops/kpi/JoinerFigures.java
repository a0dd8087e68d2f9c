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
import org.springframework.jdbc.core.simple.JdbcClient;
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

    /**
     * The windows ({@code w (s, e, n)}: start, end, 1-based number) and each window's JOINED events of the community
     * with their memberships. The joins are also bounded by the earliest start and the latest end, so that the plan
     * uses the range of the flow index. Parameters {@code :starts, :ends, :community, :first_start, :last_end}.
     */
    private static final String JOINS_PER_WINDOW = """
            with w (s, e, n) as (select * from unnest(:starts::timestamptz[], :ends::timestamptz[]) with ordinality),
            events as (
                select w.n, e.id as key, m.id as membership_id, m.channel_id, m.member_id, e.occurred_at,
                       w.e as until
                from w join membership_event e on e.community_id = :community and e.type = 'JOINED'
                                               and e.occurred_at >= w.s and e.occurred_at < w.e
                                               and e.occurred_at >= :first_start and e.occurred_at < :last_end
                join membership m on m.tenant_id = e.tenant_id and m.community_id = e.community_id
                                   and m.id = e.membership_id
            ), joined as (
                select key, member_id, occurred_at from events
            )""";

    /** Each join flagged with whether it was activated ({@link EngagementFigures#ACTIVATED}). */
    private static final String FLAGGED = """
            flagged as (
                select v.*, v.key in (select key from activated) as is_activated from events v
            )""";

    /**
     * The community's paid, not fully refunded orders of all windows, read once and joined by member (parameters
     * {@code :community, :first_start, :last_end}).
     */
    private static final String PAID = """
            paid as materialized (
                select member_id, paid_at from money_order
                where community_id = :community and paid_at >= :first_start and paid_at < :last_end
                  and refunded < amount
            )""";

    /** The board's rows (kind -1): JOINED events and the activated ones per window. */
    private static final String BOARD_COUNTS = """
            select n, null::uuid, -1, count(*), count(*) filter (where is_activated), 0::bigint, 0::bigint
            from flagged group by n""";

    /**
     * The funnel's rows per window and channel: applications (kind 0), and the joiners by their first join in the
     * window, activated, paying and repurchasing from joining to the window's end (kind 1).
     */
    private static final String FUNNEL_COUNTS = """
            select w.n, m.channel_id, 0, count(*), 0, 0, 0 from w
            join membership m on m.community_id = :community and m.applied_at >= w.s and m.applied_at < w.e
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

    private final JdbcClient jdbc;

    JoinerFigures(JdbcTemplate jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
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
        statement(community, windows, settings, funnel).on(jdbc).query(rs -> {
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
        });
        List<Counts> counts = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            counts.add(new Counts(board.get(i)[0], board.get(i)[1], channels.get(i)));
        }
        return counts;
    }

    /**
     * The statement of {@link #of}: the board's joiners and activated joiners per window, with {@code funnel} the
     * funnel's counts per window and channel too.
     */
    static NamedStatement statement(UUID community, List<Window> windows, CanvasDetails settings, boolean funnel) {
        String sql = JOINS_PER_WINDOW + ",\n" + EngagementFigures.ACTIVATED + ",\n" + FLAGGED + ",\n" + PAID + "\n"
                + BOARD_COUNTS + (funnel ? "\nunion all\n" + FUNNEL_COUNTS : "");
        Map<String, Object> parameters = new HashMap<>(windowParameters(community, windows));
        parameters.putAll(activationParameters(windows, settings));
        return new NamedStatement(sql, parameters);
    }

    /** The community, the windows and their extent: the earliest start and the latest end. */
    private static Map<String, Object> windowParameters(UUID community, List<Window> windows) {
        Timestamp[] starts = windows.stream().map(Window::start).toArray(Timestamp[]::new);
        Timestamp[] ends = windows.stream().map(Window::end).toArray(Timestamp[]::new);
        return Map.of("community", community, "starts", starts, "ends", ends,
                "first_start", Arrays.stream(starts).min(Timestamp::compareTo).orElseThrow(),
                "last_end", Arrays.stream(ends).max(Timestamp::compareTo).orElseThrow(),
                "zone", windows.getFirst().zone().getId());
    }

    /**
     * What counts as activation in the community's business logic, and the member-days and events it may read: from
     * the first window's first day to N + 1 days after the last window's last day, and events until N days after the
     * latest end.
     */
    private static Map<String, Object> activationParameters(List<Window> windows, CanvasDetails settings) {
        LocalDate from = windows.stream().map(Window::from).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = windows.stream().map(Window::to).max(LocalDate::compareTo).orElseThrow();
        Timestamp lastEnd = windows.stream().map(Window::end).max(Timestamp::compareTo).orElseThrow();
        return Map.of("activation_from", Date.valueOf(from),
                "activation_to", Date.valueOf(to.plusDays(settings.activationDays() + 1L)),
                "activation_mask", Rollups.mask(settings.activationTypes()),
                "activation_types", settings.activationTypes().toArray(String[]::new),
                "activation_days", settings.activationDays(),
                "activation_until", Timestamp.from(lastEnd.toInstant().plus(settings.activationDays(),
                        ChronoUnit.DAYS)));
    }
}
