package app.communityops.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The KPIs read straight from the records of members, screening, attendance and content. Membership history
 * decides who was a member when: a stay begins with a JOINED event and ends with LEFT or ELIMINATED, so a member who
 * left and rejoined counts in each stay's periods.
 *
 * <p>Members at the windows' starts and ends come from the membership flows (MemberFlows) where they hold; the
 * attendance base adds the window's joiners who were not members at its start, looked up one by one. Communities
 * whose flows do not hold are counted by one statement that reads their stay events once, in membership order from
 * {@code membership_event_stay_ix}: per membership and window, the latest JOINED and the latest departure before
 * the window's start and end decide whether it was a member then (the event id breaks a tie at the same instant,
 * as "latest by time, then id"), without sorting the history.
 */
@Component
class RecordFigures {

    /** A community's figures for one window, and the members at the window's start (the series start there). */
    record Figures(Map<Kpi, @Nullable BigDecimal> values, long membersAtStart) {
    }

    /**
     * The windows (columns {@code s, e, n}: start, end, 1-based number) and the communities asked for, the two sides
     * of every figure. Parameters {@code :starts, :ends, :communities}.
     */
    private static final String WINDOWS_AND_COMMUNITIES = """
            with w (s, e, n) as (select * from unnest(:starts::timestamptz[], :ends::timestamptz[]) with ordinality),
            c (id) as (select * from unnest(:communities::uuid[]))""";

    /**
     * Whether a membership was a member at an instant, from its latest JOINED ({@code %1$s}) and latest departure
     * ({@code %2$s}) before it; at a tie the later event by id decides.
     */
    private static final String MEMBER_AT = """
            case when %1$s is null then false when %2$s is null or %1$s > %2$s then true when %2$s > %1$s then false
                 else (select t.type = 'JOINED' from membership_event t
                       where t.membership_id = s.membership_id and t.occurred_at = %1$s
                         and t.type in ('JOINED', 'LEFT', 'ELIMINATED')
                       order by t.id desc limit 1) end""";

    /**
     * The stay pass over the communities counted from their events: {@code s} the latest stay events of each
     * membership before each window's start and end ({@link #latestStayEvents}), {@code stay} its state per window
     * ({@link #statesPerWindow}), {@code attended} the memberships that attended in each window, {@code members} the
     * counts per community ({@link #countsPerWindow}). Parameters {@code :counted} (the communities),
     * {@code :until} (the latest end) and those of the per-window parts.
     */
    private static final String STAY_PASS = """
            s as (
                select x.community_id, x.membership_id%s
                from membership_event x
                where x.community_id = any(:counted) and x.type in ('JOINED', 'LEFT', 'ELIMINATED')
                  and x.occurred_at < :until
                group by x.community_id, x.membership_id
            ), stay as (
                select s.community_id, s.membership_id%s
                from s
            ), attended as (
                select distinct w.n, ms.id as membership_id from w
                join activity_attendance a
                  on a.community_id = any(:counted) and a.attended_at >= w.s and a.attended_at < w.e
                join membership ms on ms.community_id = a.community_id and ms.member_id = a.member_id
            ), members as (
                select community_id%s
                from stay group by community_id
            )""";

    /**
     * Every community is counted from its flows: the stay pass would read nothing, and planning it took longer than
     * running the rest of the statement. The same columns, no rows.
     */
    private static final String NO_STAY_PASS = "members as (select null::uuid as community_id%s where false)";

    /** Per window and community: joins, departures by kind (the window's stay events). */
    private static final String STAY_EVENTS_IN_WINDOW = """
            cross join lateral (
                select count(*) filter (where type = 'JOINED') as joined, count(*) filter (where type = 'LEFT') as left_,
                       count(*) filter (where type = 'ELIMINATED') as eliminated
                from membership_event
                where community_id = c.id and type in ('JOINED', 'LEFT', 'ELIMINATED')
                  and occurred_at >= w.s and occurred_at < w.e) f
            """;

    /** Per window and community: applications decided, and those not rejected (the screening pass rate). */
    private static final String SCREENING_DECISIONS_IN_WINDOW = """
            cross join lateral (
                select count(*) as decided, count(*) filter (where status <> 'REJECTED') as passed from membership
                where community_id = c.id and decided_at >= w.s and decided_at < w.e) d
            """;

    /** Per window and community: items published to it and their reactions, replies and shares. */
    private static final String CONTENT_PUBLISHED_IN_WINDOW = """
            cross join lateral (
                select count(*) as items,
                       coalesce(sum(coalesce(i.reactions, 0) + coalesce(i.replies, 0) + coalesce(i.shares, 0)), 0)
                           as engagement
                from content_item i
                join content_item_community cc on cc.tenant_id = i.tenant_id and cc.content_id = i.id
                where cc.community_id = c.id and i.status = 'PUBLISHED' and i.publish_at >= w.s
                  and i.publish_at < w.e) p""";

    /** The member counts of the stay pass, one column set per window ({@code at_start1}, …). */
    private static final List<String> MEMBER_COUNTS = List.of("at_start", "at_end", "base", "attending");

    private final JdbcClient jdbc;
    private final MemberFlows flows;

    RecordFigures(JdbcTemplate jdbc, MemberFlows flows) {
        this.jdbc = JdbcClient.create(jdbc);
        this.flows = flows;
    }

    /**
     * Per community, the figures of each window in the order given. The stay pass has one set of columns per window
     * (window i: {@code jb_i, gb_i} the latest JOINED and departure before its start, {@code je_i, ge_i} before its
     * end), so it groups the index's rows in the index's order, without joining or sorting by window.
     */
    Map<UUID, List<Figures>> figures(List<UUID> communities, List<Window> windows, boolean attendance) {
        List<Timestamp> instants = new ArrayList<>();
        windows.forEach(window -> {
            instants.add(window.start());
            instants.add(window.end());
        });
        Map<UUID, long[]> flowing = flows.membersAt(communities, instants, windows.getFirst().zone());
        Map<UUID, long[][]> beyond = attendance ? beyondStart(flowing.keySet(), windows) : Map.of();
        UUID[] counted = communities.stream().filter(community -> !flowing.containsKey(community))
                .toArray(UUID[]::new);
        NamedStatement statement = statement(windows, communities, counted);
        Map<UUID, Figures[]> found = new HashMap<>();
        statement.on(jdbc).query(rs -> {
            Map<String, Object> row = new HashMap<>();
            for (String column : List.of("at_start", "at_end", "joined", "left_", "eliminated", "base", "attending",
                    "decided", "passed", "items", "engagement")) {
                row.put(column, rs.getObject(column));
            }
            UUID community = rs.getObject(2, UUID.class);
            int n = rs.getInt(1);
            long[] members = flowing.get(community);
            if (members != null) {
                row.put("at_start", members[2 * n - 2]);
                row.put("at_end", members[2 * n - 1]);
                long[] extra = beyond.containsKey(community) ? beyond.get(community)[n - 1] : new long[2];
                row.put("base", members[2 * n - 2] + extra[0]);
                row.put("attending", extra[1]);
            }
            found.computeIfAbsent(community, key -> new Figures[windows.size()])
                    [n - 1] = new Figures(values(row), count(row, "at_start").longValue());
        });
        Map<UUID, List<Figures>> figures = new HashMap<>();
        found.forEach((community, perWindow) -> figures.put(community, List.of(perWindow)));
        return figures;
    }

    /**
     * The statement of {@link #figures}: per window and community the stay events, screening decisions and content of
     * the window, and, for the {@code counted} communities (those whose flows do not hold), the member counts of the
     * stay pass.
     */
    static NamedStatement statement(List<Window> windows, List<UUID> communities, UUID[] counted) {
        Map<String, Object> parameters = new HashMap<>(windowsAndCommunities(windows, communities));
        String memberCounts;
        if (counted.length == 0) {
            memberCounts = NO_STAY_PASS.formatted(noMemberCounts(windows.size()));
        } else {
            memberCounts = STAY_PASS.formatted(latestStayEvents(windows.size()), statesPerWindow(windows.size()),
                    countsPerWindow(windows.size()));
            parameters.putAll(stayPassParameters(windows, counted));
        }
        String sql = WINDOWS_AND_COMMUNITIES + ",\n" + memberCounts + """

                select w.n, c.id%s, f.joined, f.left_, f.eliminated, d.decided, d.passed, p.items, p.engagement
                from w cross join c
                left join members m on m.community_id = c.id
                """.formatted(memberCountsOfTheRowsWindow(windows.size()))
                + STAY_EVENTS_IN_WINDOW + SCREENING_DECISIONS_IN_WINDOW + CONTENT_PUBLISHED_IN_WINDOW;
        return new NamedStatement(sql, parameters);
    }

    private static Map<String, Object> windowsAndCommunities(List<Window> windows, Collection<UUID> communities) {
        return Map.of("starts", windows.stream().map(Window::start).toArray(Timestamp[]::new),
                "ends", windows.stream().map(Window::end).toArray(Timestamp[]::new),
                "communities", communities.toArray(UUID[]::new));
    }

    /** The stay pass's communities, the latest end and each window's {@code :start<i>} and {@code :end<i>}. */
    private static Map<String, Object> stayPassParameters(List<Window> windows, UUID[] counted) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("counted", counted);
        parameters.put("until", windows.stream().map(Window::end).max(Comparator.naturalOrder()).orElseThrow());
        for (int i = 1; i <= windows.size(); i++) {
            parameters.put("start" + i, windows.get(i - 1).start());
            parameters.put("end" + i, windows.get(i - 1).end());
        }
        return parameters;
    }

    /** Per window: the membership's latest JOINED and latest departure before its start and before its end. */
    private static String latestStayEvents(int windows) {
        return perWindow(windows, i -> """
                ,
                max(x.occurred_at) filter (where x.type = 'JOINED' and x.occurred_at < :start%1$d) as jb%1$d,
                max(x.occurred_at) filter (where x.type <> 'JOINED' and x.occurred_at < :start%1$d) as gb%1$d,
                max(x.occurred_at) filter (where x.type = 'JOINED' and x.occurred_at < :end%1$d) as je%1$d,
                max(x.occurred_at) filter (where x.type <> 'JOINED' and x.occurred_at < :end%1$d) as ge%1$d"""
                .formatted(i));
    }

    /** Per window: a member at its start ({@code was}), at its end ({@code is}), joined in it ({@code joined}). */
    private static String statesPerWindow(int windows) {
        return perWindow(windows, i -> ",\n %s as was%d, %s as is%d, coalesce(s.je%d >= :start%d, false) as joined%d"
                .formatted(MEMBER_AT.formatted("s.jb" + i, "s.gb" + i), i, MEMBER_AT.formatted("s.je" + i, "s.ge" + i),
                        i, i, i, i));
    }

    /**
     * Per window: members at its start and end, its attendance base (members at the start and joiners), and the
     * base's members who attended in it.
     */
    private static String countsPerWindow(int windows) {
        return perWindow(windows, i -> """
                ,
                count(*) filter (where was%1$d) as at_start%1$d,
                count(*) filter (where is%1$d) as at_end%1$d,
                count(*) filter (where was%1$d or joined%1$d) as base%1$d,
                count(*) filter (where (was%1$d or joined%1$d)
                                   and (%1$d, membership_id) in (select n, membership_id from attended)) as attending%1$d"""
                .formatted(i));
    }

    /** The columns of {@link #countsPerWindow}, all zero. */
    private static String noMemberCounts(int windows) {
        return perWindow(windows, i -> MEMBER_COUNTS.stream().map(column -> ", 0::bigint as " + column + i)
                .collect(Collectors.joining()));
    }

    /** Each member count of the row's window, picked from the community's per-window columns. */
    private static String memberCountsOfTheRowsWindow(int windows) {
        return MEMBER_COUNTS.stream().map(column -> ", coalesce(case w.n"
                + perWindow(windows, i -> " when " + i + " then m." + column + i) + " end, 0) as " + column)
                .collect(Collectors.joining());
    }

    private static String perWindow(int windows, IntFunction<String> part) {
        return IntStream.rangeClosed(1, windows).mapToObj(part).collect(Collectors.joining());
    }

    /**
     * For communities counted from their flows, per window: the members of its attendance base who were not members
     * at its start (they joined in it), and the attending members of the base. Both are small sets (a window's
     * joiners, its attendees), each membership's state at the start looked up in the stay index.
     */
    private Map<UUID, long[][]> beyondStart(Collection<UUID> communities, List<Window> windows) {
        if (communities.isEmpty()) {
            return Map.of();
        }
        Map<UUID, long[][]> beyond = new HashMap<>();
        String joinedIn = """
                exists (select 1 from membership_event j
                        where j.community_id = c.id and j.membership_id = m.id and j.type = 'JOINED'
                          and j.occurred_at >= w.s and j.occurred_at < w.e)""";
        jdbc.sql(WINDOWS_AND_COMMUNITIES + """

                select c.id, w.n,
                       (select count(*) from (
                            select distinct j.membership_id from membership_event j
                            where j.community_id = c.id and j.type = 'JOINED' and j.occurred_at >= w.s
                              and j.occurred_at < w.e) j
                        where %s = 0) as joiners,
                       (select count(*) from (
                            select distinct ms.id from activity_attendance a
                            join membership ms on ms.community_id = a.community_id and ms.member_id = a.member_id
                            where a.community_id = c.id and a.attended_at >= w.s and a.attended_at < w.e) m
                        where %s = 1 or %s) as attending
                from c cross join w""".formatted(MemberFlows.memberAt("j.membership_id", "c.id", "w.s"),
                        MemberFlows.memberAt("m.id", "c.id", "w.s"), joinedIn))
                .params(windowsAndCommunities(windows, communities))
                .query(rs -> {
                    beyond.computeIfAbsent(rs.getObject(1, UUID.class), key -> new long[windows.size()][])
                            [rs.getInt(2) - 1] = new long[] {rs.getLong(3), rs.getLong(4)};
                });
        return beyond;
    }

    private static Map<Kpi, @Nullable BigDecimal> values(Map<String, Object> row) {
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
