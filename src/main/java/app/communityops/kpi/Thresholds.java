package app.communityops.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * The tenant's status thresholds in percent of the target: green at or above {@code greenPercent}, amber at or
 * above {@code amberPercent}, red below. For a lower-is-better KPI the achievement is target ÷ value, so a churn
 * of 5 % against a target of 4 % achieves 80 %.
 */
public record Thresholds(BigDecimal greenPercent, BigDecimal amberPercent) {

    public static final Thresholds DEFAULT = new Thresholds(BigDecimal.valueOf(100), BigDecimal.valueOf(90));

    public KpiStatus status(Kpi kpi, @Nullable BigDecimal value, @Nullable BigDecimal target) {
        if (value == null || target == null) {
            return KpiStatus.NONE;
        }
        BigDecimal achieved = achievement(kpi, value, target);
        if (achieved.compareTo(greenPercent) >= 0) {
            return KpiStatus.GREEN;
        }
        return achieved.compareTo(amberPercent) >= 0 ? KpiStatus.AMBER : KpiStatus.RED;
    }

    /** Percent of the target achieved; a lower-is-better KPI at zero (or a zero target met) achieves fully. */
    static BigDecimal achievement(Kpi kpi, BigDecimal value, BigDecimal target) {
        BigDecimal hundred = BigDecimal.valueOf(100);
        if (kpi.higherIsBetter()) {
            return target.signum() == 0 ? hundred
                    : value.multiply(hundred).divide(target, 4, RoundingMode.HALF_UP);
        }
        if (value.signum() == 0) {
            return hundred;
        }
        return target.multiply(hundred).divide(value, 4, RoundingMode.HALF_UP);
    }
}
