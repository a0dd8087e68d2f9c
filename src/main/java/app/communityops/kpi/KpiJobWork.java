package app.communityops.kpi;

import app.communityops.shared.NotFoundException;
import app.communityops.shared.NotNull;
import app.communityops.shared.TenantContext;
import app.communityops.tenancy.TenantDirectory;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One tenant's share of the rollup job, inside the job's transaction for that tenant: refresh the rollups, store the
 * peers' figures of the running month when due (decision 0049), then evaluate the targets of the running month and
 * quarter (money KPIs excepted, see ADR 0013).
 */
@Component
class KpiJobWork {

    private final JdbcTemplate jdbc;
    private final Rollups rollups;
    private final KpiCalculator calculator;
    private final TargetStatuses statuses;
    private final TenantDirectory tenants;
    private final PeerFigures peers;
    private final Clock clock;

    KpiJobWork(JdbcTemplate jdbc, Rollups rollups, KpiCalculator calculator, TargetStatuses statuses,
               TenantDirectory tenants, PeerFigures peers, Clock clock) {
        this.jdbc = jdbc;
        this.rollups = rollups;
        this.calculator = calculator;
        this.statuses = statuses;
        this.tenants = tenants;
        this.peers = peers;
        this.clock = clock;
    }

    /** Answers the KPIs that turned red. */
    List<Kpi> run() {
        ZoneId zone = tenants.zone(TenantContext.current().orElseThrow(NotFoundException::new));
        rollups.refresh(zone, clock.instant());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        peers.storeRunning(today, zone);
        List<Kpi> turnedRed = new ArrayList<>();
        for (KpiPeriod period : List.of(KpiPeriod.of(PeriodKind.MONTH, today), KpiPeriod.of(PeriodKind.QUARTER, today))) {
            List<Map<String, @Nullable Object>> communities = jdbc.queryForList("""
                    select distinct t.community_id, c.name from kpi_target t
                    join community c on c.tenant_id = t.tenant_id and c.id = t.community_id
                    where t.period_kind = ? and t.period_start = ?""", period.kind().name(),
                    Date.valueOf(period.start()));
            for (Map<String, @Nullable Object> community : communities) {
                turnedRed.addAll(evaluate((UUID) NotNull.value(community.get("community_id")),
                        (String) NotNull.value(community.get("name")), period, today, zone));
            }
        }
        return turnedRed;
    }

    private List<Kpi> evaluate(UUID community, String name, KpiPeriod period, LocalDate today, ZoneId zone) {
        Map<Kpi, BigDecimal> targets = statuses.targets(community, period);
        targets.keySet().removeIf(kpi -> kpi.source() == Kpi.Source.MONEY);
        if (targets.isEmpty()) {
            return List.of();
        }
        Map<Kpi, @Nullable BigDecimal> values = calculator.compute(community, period, today, zone, targets.keySet(),
                false);
        Thresholds thresholds = statuses.thresholds();
        List<KpiValue> evaluated = new ArrayList<>();
        // The board's own judgement: paced while the period runs, so the jobs record what the screens show.
        targets.forEach((kpi, target) -> evaluated.add(KpiValue.judged(kpi, values.get(kpi), target, null, List.of(),
                null, period, today, thresholds)));
        return statuses.record(community, name, period, evaluated);
    }
}
