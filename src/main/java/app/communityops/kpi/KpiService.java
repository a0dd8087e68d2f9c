package app.communityops.kpi;

import app.communityops.shared.Access;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.NotNull;
import app.communityops.shared.TenantContext;
import app.communityops.tenancy.TenantZone;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The KPI values the Manage page and the dashboards show: a community's board for a period, daily series, join
 * cohorts, and the tenant overview across the user's communities. Definitions: docs/decisions/0013.
 */
@Service
@PreAuthorize(Access.READERS_OR_JOB)
public class KpiService {

    private final CommunityService communities;
    private final TenantZone zones;
    private final KpiCalculator calculator;
    private final DailySeries series;
    private final Cohorts cohorts;
    private final TargetStatuses statuses;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final KpiCache cache;
    private final Rollups rollups;
    private final PeerFigures peers;

    KpiService(CommunityService communities, TenantZone zones, KpiCalculator calculator, DailySeries series,
               Cohorts cohorts, TargetStatuses statuses, Clock clock, JdbcTemplate jdbc, KpiCache cache,
               Rollups rollups, PeerFigures peers) {
        this.rollups = rollups;
        this.peers = peers;
        this.jdbc = jdbc;
        this.cache = cache;
        this.communities = communities;
        this.zones = zones;
        this.calculator = calculator;
        this.series = series;
        this.cohorts = cohorts;
        this.statuses = statuses;
        this.clock = clock;
    }

    /** Every KPI of the community for the period, with targets, status, previous period and sparkline series. */
    @Transactional
    public KpiBoard board(UUID communityId, KpiPeriod period) {
        CommunitySummary community = communities.readable(communityId);
        ZoneId zone = zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<KpiCalculator.Values> both = NotNull.entry(calculator.compute(List.of(communityId),
                KpiCalculator.withPrevious(period), KpiCalculator.untils(period, today), zone,
                Arrays.asList(Kpi.values()), true, false), communityId);
        return board(community, period, today, zone, both, statuses.targets(communityId, period));
    }

    /**
     * The board, the funnel and the cohorts of {@link #cohorts cohorts(communityId, months)} together, in one
     * transaction: the funnel's joiners and activation are those the board's activation rate already computed, and
     * a month's M1 retention (last month's joiners active in it) is the cohort matrix's cell when the matrix has it.
     */
    @Transactional
    public Dashboard dashboard(UUID communityId, KpiPeriod period, int months) {
        CommunitySummary community = communities.readable(communityId);
        ZoneId zone = zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return cache.get(List.of(tenant(), "dashboard", communityId, period, months, today),
                () -> computeDashboard(community, period, months, today, zone));
    }

    private Dashboard computeDashboard(CommunitySummary community, KpiPeriod period, int months, LocalDate today,
                                       ZoneId zone) {
        UUID communityId = community.id();
        CohortMatrix matrix = matrix(communityId, today, months, zone);
        YearMonth month = YearMonth.from(period.start());
        // The matrix holds whole months: while the month runs, the previous month's value is that of its same span.
        boolean retentionInMatrix = period.kind() == PeriodKind.MONTH && !period.runningOn(today)
                && matrix.holds(month.minusMonths(2), month);
        EnumSet<Kpi> wanted = EnumSet.allOf(Kpi.class);
        if (retentionInMatrix) {
            wanted.remove(Kpi.RETENTION_M1);
        }
        List<KpiCalculator.Values> both = NotNull.entry(calculator.compute(List.of(communityId),
                KpiCalculator.withPrevious(period), KpiCalculator.untils(period, today), zone, wanted, true, true),
                communityId);
        if (retentionInMatrix) {
            both = List.of(both.getFirst().with(Kpi.RETENTION_M1, matrix.retained(month.minusMonths(1), month)),
                    both.getLast().with(Kpi.RETENTION_M1, matrix.retained(month.minusMonths(2), month.minusMonths(1))));
        }
        Map<Kpi, BigDecimal> targets = statuses.targets(communityId, period);
        KpiBoard board = board(community, period, today, zone, both, targets);
        Funnel funnel = FunnelService.of(jdbc, period, both.getFirst().funnel(), both.getLast().funnel(), targets);
        Map<Kpi, @Nullable BigDecimal> shown = new java.util.EnumMap<>(Kpi.class);
        board.values().forEach(value -> shown.put(value.kpi(), value.value()));
        return new Dashboard(board, funnel, matrix, peers.bands(community, period, today, zone, shown,
                board.currency()));
    }

    private KpiBoard board(CommunitySummary community, KpiPeriod period, LocalDate today, ZoneId zone,
                           List<KpiCalculator.Values> both, Map<Kpi, BigDecimal> targets) {
        UUID communityId = community.id();
        Map<Kpi, @Nullable BigDecimal> now = both.getFirst().values();
        Map<Kpi, @Nullable BigDecimal> before = both.getLast().values();
        Thresholds thresholds = statuses.thresholds();
        Map<Kpi, List<DayPoint>> daily = period.start().isAfter(today) ? Map.of()
                : series.all(communityId, new Window(period.start(), period.lastUntil(today), zone),
                        both.getFirst().membersAtStart());
        List<KpiValue> values = new ArrayList<>();
        String currency = calculator.currency(communityId);
        for (Kpi kpi : Kpi.values()) {
            BigDecimal target = targets.get(kpi);
            values.add(KpiValue.judged(kpi, now.get(kpi), target, before.get(kpi), daily.getOrDefault(kpi, List.of()),
                    kpi.unit() == Kpi.Unit.MONEY ? currency : null, period, today, thresholds));
        }
        statuses.record(communityId, community.name(), period, values);
        // Late events of the period or of what it compares with that the rollups have not folded in yet.
        Optional<Rollups.Behind> behind = period.start().isAfter(today) ? Optional.empty()
                : rollups.behind(communityId, new Window(period.previous().start(), period.lastUntil(today), zone));
        return new KpiBoard(communityId, community.name(), period, currency, values, behind.isPresent(),
                behind.map(Rollups.Behind::asOf).map(asOf -> asOf.atZone(zone)).orElse(null));
    }

    /** A KPI's daily values over the days {@code from} to {@code to}, for the KPIs with a daily meaning. */
    @Transactional(readOnly = true)
    public List<DayPoint> series(UUID communityId, Kpi kpi, LocalDate from, LocalDate to) {
        communities.readable(communityId);
        ZoneId zone = zone();
        return cache.get(List.of(tenant(), "series", communityId, kpi, from, to, LocalDate.now(clock.withZone(zone))),
                () -> series.of(communityId, kpi, new Window(from, to, zone)));
    }

    /** Monthly join cohorts of the last {@code months} months (the current one included), by month of activity. */
    @Transactional(readOnly = true)
    public CohortMatrix cohorts(UUID communityId, int months) {
        communities.readable(communityId);
        ZoneId zone = zone();
        return matrix(communityId, LocalDate.now(clock.withZone(zone)), months, zone);
    }

    private CohortMatrix matrix(UUID communityId, LocalDate today, int months, ZoneId zone) {
        return cohorts.matrix(communityId, today, Math.max(1, Math.min(months, 24)), zone);
    }

    /** The chosen KPIs of every community the user may see, with the median and the best across them. */
    @Transactional(readOnly = true)
    public TenantOverview overview(KpiPeriod period, List<Kpi> kpis) {
        ZoneId zone = zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        EnumSet<Kpi> wanted = kpis.isEmpty() ? EnumSet.noneOf(Kpi.class) : EnumSet.copyOf(kpis);
        List<CommunitySummary> visible = communities.visible();
        List<UUID> ids = visible.stream().map(CommunitySummary::id).toList();
        // Looked up for exactly the communities this user may see: the cache never widens what anyone reads.
        Map<UUID, List<KpiCalculator.Values>> values = cache.getEach(
                List.of(tenant(), "overview", period, wanted, today), ids,
                missing -> calculator.compute(missing, List.of(period), today, zone, wanted, true));
        List<TenantOverview.Row> rows = new ArrayList<>();
        for (CommunitySummary community : visible) {
            rows.add(new TenantOverview.Row(community.id(), community.name(),
                    NotNull.entry(values, community.id()).getFirst().values()));
        }
        return TenantOverview.of(period, List.copyOf(wanted), rows);
    }

    /**
     * What {@link #overview overview(period, kpis)} compares with: the chosen KPIs of every community the user may
     * see over the previous period's same span while {@code period} runs ({@link KpiPeriod#comparedSpan}), else over
     * the whole previous period; the overview's period is the previous one.
     */
    @Transactional(readOnly = true)
    public TenantOverview overviewBefore(KpiPeriod period, List<Kpi> kpis) {
        ZoneId zone = zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate until = period.comparedSpan(today).to();
        KpiPeriod before = period.previous();
        EnumSet<Kpi> wanted = kpis.isEmpty() ? EnumSet.noneOf(Kpi.class) : EnumSet.copyOf(kpis);
        List<CommunitySummary> visible = communities.visible();
        List<UUID> ids = visible.stream().map(CommunitySummary::id).toList();
        Map<UUID, List<KpiCalculator.Values>> values = cache.getEach(
                List.of(tenant(), "overview-before", before, until, wanted, today), ids,
                missing -> calculator.compute(missing, List.of(before), List.of(until), zone, wanted, true, false));
        List<TenantOverview.Row> rows = new ArrayList<>();
        for (CommunitySummary community : visible) {
            rows.add(new TenantOverview.Row(community.id(), community.name(),
                    NotNull.entry(values, community.id()).getFirst().values()));
        }
        return TenantOverview.of(before, List.copyOf(wanted), rows);
    }

    /** Today in the tenant's zone, for the screens' default period. */
    @Transactional(readOnly = true)
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    private static UUID tenant() {
        return TenantContext.current().orElseThrow(NotFoundException::new);
    }

    private ZoneId zone() {
        return zones.current();
    }
}
