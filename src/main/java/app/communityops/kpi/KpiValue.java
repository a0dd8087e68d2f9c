package app.communityops.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One KPI of a community for a period, as a card shows it.
 *
 * @param value     the value (null: nothing to divide by, e.g. no reviews for the positive-review rate)
 * @param target    the target set for the period, if any
 * @param status    against the target, by the tenant's thresholds
 * @param previous  the value of the previous period of the same kind
 * @param series    daily values for the sparkline, where the KPI has a daily meaning (else empty)
 * @param currency  for money KPIs, the community's KPI currency; else null
 */
public record KpiValue(Kpi kpi, @Nullable BigDecimal value, @Nullable BigDecimal target, KpiStatus status,
                       @Nullable BigDecimal previous, List<DayPoint> series, @Nullable String currency) {

    public KpiValue {
        series = List.copyOf(series);
    }

    /** Change against the previous period in percent of the previous value; null when either is missing or 0. */
    public @Nullable BigDecimal changePercent() {
        if (value == null || previous == null || previous.signum() == 0) {
            return null;
        }
        return value.subtract(previous).multiply(BigDecimal.valueOf(100))
                .divide(previous.abs(), 1, RoundingMode.HALF_UP);
    }
}
