package app.communityops.kpi;

import java.math.BigDecimal;
import java.util.UUID;

/** A KPI's target for one community and period. */
public record TargetLine(UUID id, Kpi kpi, BigDecimal target, long version) {
}
