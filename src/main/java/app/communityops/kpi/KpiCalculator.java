package app.communityops.kpi;

import app.communityops.shared.NotNull;
import app.communityops.shared.SqlPlans;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Computes KPI values of communities for periods from their three sources. Callers have checked access. A period
 * still running is computed up to today; one that has not begun has no values. Each source answers all the
 * communities and periods asked for in one statement (a board's period and the previous one; the overview's
 * communities), except activation, which is per community (both periods and the funnel's counts in one
 * statement), and retention, which is per community and period. Which source computes a KPI is the KPI's own
 * declaration ({@link Kpi#source()}); a source is read only when a wanted KPI comes from it.
 */
@Component
class KpiCalculator {

    /**
     * A community's values for one period, its members at the period's start (for the members series) and, when
     * asked for, the funnel's counts per channel (from the same joiners as the activation rate).
     */
    record Values(Map<Kpi, @Nullable BigDecimal> values, long membersAtStart, Map<@Nullable UUID, long[]> funnel) {

        Values with(Kpi kpi, @Nullable BigDecimal value) {
            Map<Kpi, @Nullable BigDecimal> copy = new EnumMap<>(Kpi.class);
            copy.putAll(values);
            copy.put(kpi, value);
            return new Values(copy, membersAtStart, funnel);
        }
    }

    private final JdbcTemplate jdbc;
    private final RecordFigures records;
    private final EngagementFigures engagement;
    private final MoneyKpis money;
    private final JoinerFigures joiners;

    KpiCalculator(JdbcTemplate jdbc, RecordFigures records, EngagementFigures engagement, MoneyKpis money,
                  JoinerFigures joiners) {
        this.jdbc = jdbc;
        this.records = records;
        this.engagement = engagement;
        this.money = money;
        this.joiners = joiners;
    }

    /** KPI statements are planned for their values (see {@link SqlPlans}). */
    static void customPlans(JdbcTemplate jdbc) {
        SqlPlans.planForValues(jdbc);
    }

    /** The wanted KPIs; money ones only when {@code withMoney} (the money figures answer to people only). */
    Map<Kpi, @Nullable BigDecimal> compute(UUID community, KpiPeriod period, LocalDate today, ZoneId zone,
                                           Collection<Kpi> wanted, boolean withMoney) {
        return NotNull.entry(compute(List.of(community), List.of(period), today, zone, wanted, withMoney), community)
                .getFirst().values();
    }

    /**
     * Per community, the values of each period in the order given. Money figures of one community come from the
     * money feature's service, of several from the same figures grouped by community.
     */
    Map<UUID, List<Values>> compute(List<UUID> communities, List<KpiPeriod> periods, LocalDate today, ZoneId zone,
                                    Collection<Kpi> wanted, boolean withMoney) {
        return compute(communities, periods, today, zone, wanted, withMoney, false);
    }

    /** As above; with {@code withFunnel}, each period's funnel counts too, from the activation's joiners. */
    Map<UUID, List<Values>> compute(List<UUID> communities, List<KpiPeriod> periods, LocalDate today, ZoneId zone,
                                    Collection<Kpi> wanted, boolean withMoney, boolean withFunnel) {
        return compute(communities, periods, Collections.nCopies(periods.size(), today), zone, wanted,
                withMoney, withFunnel);
    }

    /**
     * A period and what it compares with on {@code today}, in one computation: the period up to today and the
     * same span of the previous period ({@link KpiPeriod#comparedSpan}); pass the answer's two lists to
     * {@link #compute(List, List, List, ZoneId, Collection, boolean, boolean)}.
     */
    static List<KpiPeriod> withPrevious(KpiPeriod period) {
        return List.of(period, period.previous());
    }

    /** The day each of {@link #withPrevious}'s periods is computed up to. */
    static List<LocalDate> untils(KpiPeriod period, LocalDate today) {
        return List.of(today, period.comparedSpan(today).to());
    }

    /**
     * As above, each period computed up to its own day of {@code untils} (its last day, or that day while it runs;
     * nothing before it begins): the previous period's same span is a period computed up to that span's end.
     */
    Map<UUID, List<Values>> compute(List<UUID> communities, List<KpiPeriod> periods, List<LocalDate> untils,
                                    ZoneId zone, Collection<Kpi> wanted, boolean withMoney, boolean withFunnel) {
        customPlans(jdbc);
        List<Window> windows = new ArrayList<>();
        List<Integer> started = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            KpiPeriod period = periods.get(i);
            LocalDate until = untils.get(i);
            if (!period.start().isAfter(until)) {
                windows.add(new Window(period.start(), period.lastUntil(until), zone));
                started.add(i);
            }
        }
        Map<UUID, List<Map<Kpi, @Nullable BigDecimal>>> values = new HashMap<>();
        Map<UUID, long[]> atStart = new HashMap<>();
        Map<UUID, List<Map<@Nullable UUID, long[]>>> funnels = new HashMap<>();
        for (UUID community : communities) {
            List<Map<Kpi, @Nullable BigDecimal>> perWindow = new ArrayList<>();
            windows.forEach(window -> perWindow.add(new EnumMap<>(Kpi.class)));
            values.put(community, perWindow);
            atStart.put(community, new long[windows.size()]);
            List<Map<@Nullable UUID, long[]>> channels = new ArrayList<>();
            windows.forEach(window -> channels.add(new HashMap<>()));
            funnels.put(community, channels);
        }
        if (!windows.isEmpty()) {
            collect(communities, windows, periods, started, wanted, withMoney, withFunnel, values, atStart, funnels);
        }
        Map<UUID, List<Values>> result = new HashMap<>();
        for (UUID community : communities) {
            List<Values> perPeriod = new ArrayList<>();
            for (int i = 0; i < periods.size(); i++) {
                int index = started.indexOf(i);
                if (index < 0) {
                    perPeriod.add(new Values(new EnumMap<>(Kpi.class), 0, new HashMap<>()));
                } else {
                    Map<Kpi, @Nullable BigDecimal> map = NotNull.entry(values, community).get(index);
                    map.keySet().retainAll(wanted);
                    perPeriod.add(new Values(map, NotNull.entry(atStart, community)[index],
                            NotNull.entry(funnels, community).get(index)));
                }
            }
            result.put(community, perPeriod);
        }
        return result;
    }

    private void collect(List<UUID> communities, List<Window> windows, List<KpiPeriod> periods, List<Integer> started,
                         Collection<Kpi> wanted, boolean withMoney, boolean withFunnel,
                         Map<UUID, List<Map<Kpi, @Nullable BigDecimal>>> values, Map<UUID, long[]> atStart,
                         Map<UUID, List<Map<@Nullable UUID, long[]>>> funnels) {
        if (anyFrom(wanted, Kpi.Source.RECORDS)) {
            boolean attendance = wanted.contains(Kpi.ATTENDANCE_RATE);
            records.figures(communities, windows, attendance).forEach((community, perWindow) -> {
                for (int i = 0; i < perWindow.size(); i++) {
                    NotNull.entry(values, community).get(i).putAll(perWindow.get(i).values());
                    NotNull.entry(atStart, community)[i] = perWindow.get(i).membersAtStart();
                }
            });
        }
        if (anyFrom(wanted, Kpi.Source.ACTIVITY)) {
            engagement.activity(communities, windows).forEach((community, perWindow) -> {
                for (int i = 0; i < perWindow.size(); i++) {
                    NotNull.entry(values, community).get(i).putAll(perWindow.get(i));
                }
            });
        }
        boolean activation = anyFrom(wanted, Kpi.Source.JOINERS);
        boolean retention = anyFrom(wanted, Kpi.Source.RETENTION);
        boolean withCurrency = withMoney && anyFrom(wanted, Kpi.Source.MONEY);
        if (activation || retention || withFunnel) {
            for (UUID community : communities) {
                CanvasDetails settings = CanvasService.read(jdbc, community);
                if (activation || withFunnel) {
                    List<JoinerFigures.Counts> counts = joiners.of(community, windows, settings, withFunnel);
                    for (int i = 0; i < windows.size(); i++) {
                        JoinerFigures.Counts count = counts.get(i);
                        if (activation) {
                            NotNull.entry(values, community).get(i).put(Kpi.ACTIVATION_RATE, RecordFigures.percent(
                                    BigDecimal.valueOf(count.activated()), BigDecimal.valueOf(count.joined())));
                        }
                        NotNull.entry(funnels, community).set(i, count.funnel());
                    }
                }
                for (int i = 0; i < windows.size(); i++) {
                    Window window = windows.get(i);
                    if (retention) {
                        KpiPeriod before = periods.get(started.get(i)).previous();
                        NotNull.entry(values, community).get(i).put(Kpi.RETENTION_M1, engagement.retention(community,
                                window, new Window(before.start(), before.last(), window.zone())));
                    }
                }
            }
        }
        if (withCurrency) {
            money.values(communities, windows).forEach((community, perWindow) -> {
                for (int i = 0; i < perWindow.size(); i++) {
                    NotNull.entry(values, community).get(i).putAll(perWindow.get(i));
                }
            });
        }
    }

    private static boolean anyFrom(Collection<Kpi> wanted, Kpi.Source source) {
        return wanted.stream().anyMatch(kpi -> kpi.source() == source);
    }

    String currency(UUID community) {
        return CanvasService.read(jdbc, community).currency();
    }
}
