package app.communityops.kpi;

import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import app.communityops.shared.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Remembers each target's last status and tells the community's staff when a KPI turns red: once per turn, not on
 * every evaluation (a KPI that recovers and turns red again notifies again). Every change of status is announced as
 * {@link KpiStatusChanged}, for automation rules. Client users' reads evaluate nothing, since they may not publish.
 */
@Component
class TargetStatuses {

    private final JdbcTemplate jdbc;
    private final RedAlerts alerts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    TargetStatuses(JdbcTemplate jdbc, RedAlerts alerts, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.alerts = alerts;
        this.clock = clock;
    }

    Map<Kpi, BigDecimal> targets(UUID community, KpiPeriod period) {
        Map<Kpi, BigDecimal> targets = new EnumMap<>(Kpi.class);
        TargetService.read(jdbc, community, period).forEach(line -> targets.put(line.kpi(), line.target()));
        return targets;
    }

    Thresholds thresholds() {
        return TargetService.thresholds(jdbc);
    }

    /** Stores the statuses of the KPIs that have a target and a value; answers the KPIs that turned red. */
    List<Kpi> record(UUID community, String communityName, KpiPeriod period, List<KpiValue> values) {
        if (CurrentUser.get().map(user -> user.hasRole(Roles.CLIENT)).orElse(false)) {
            return List.of();
        }
        List<Kpi> turnedRed = new ArrayList<>();
        for (KpiValue value : values) {
            if (value.status() == KpiStatus.NONE) {
                continue;
            }
            int changed = jdbc.update("""
                    update kpi_target set last_status = ?, status_changed_at = ?
                    where community_id = ? and period_kind = ? and period_start = ? and kpi = ?
                      and last_status is distinct from ?""",
                    value.status().name(), Timestamp.from(clock.instant()), community, period.kind().name(),
                    Date.valueOf(period.start()), value.kpi().name(), value.status().name());
            if (changed > 0 && value.status() == KpiStatus.RED) {
                turnedRed.add(value.kpi());
            }
            if (changed > 0) {
                events.publishEvent(new KpiStatusChanged(TenantContext.current().orElseThrow(), community,
                        value.kpi(), value.status(), period.kind(), period.start(), clock.instant()));
            }
        }
        if (!turnedRed.isEmpty()) {
            alerts.turnedRed(community, communityName, period, turnedRed);
        }
        return turnedRed;
    }
}
