package app.communityops.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A community's KPI turned amber or red for a period (or back to green), once per turn, published in the
 * transaction that stored the new status.
 */
public record KpiStatusChanged(UUID tenantId, UUID communityId, Kpi kpi, KpiStatus status, PeriodKind periodKind,
                               LocalDate periodStart, Instant changedAt) {
}
