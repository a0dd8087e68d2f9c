package app.communityops.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One KPI of a community for a period, as a card shows it.
 *
 * @param value     the value (null: nothing to divide by, e.g. no reviews for the positive-review rate)
 * @param target    the target set for the period, if any
 * @param status    against the target, by the tenant's thresholds: while the period runs against where the target
 *                  says the KPI should be by today ({@code pacing}), once it ended against the whole target
 * @param previous  the value of the span the period compares with ({@code compared})
 * @param series    daily values for the sparkline, where the KPI has a daily meaning (else empty)
 * @param currency  for money KPIs, the community's KPI currency; else null
 * @param pacing    where the KPI should be by today and where it is heading, while the period runs and has a target
 * @param compared  the days {@code previous} covers: the previous period's same span while the period runs, else
 *                  the whole previous period (null where no comparison was made)
 */
public record KpiValue(Kpi kpi, @Nullable BigDecimal value, @Nullable BigDecimal target, KpiStatus status,
                       @Nullable BigDecimal previous, List<DayPoint> series, @Nullable String currency,
                       @Nullable Pacing pacing, KpiPeriod.@Nullable Span compared) {

    public KpiValue {
        series = List.copyOf(series);
    }

    /** A value judged by the caller, without pacing or a named comparison span. */
    public KpiValue(Kpi kpi, @Nullable BigDecimal value, @Nullable BigDecimal target, KpiStatus status,
                    @Nullable BigDecimal previous, List<DayPoint> series, @Nullable String currency) {
        this(kpi, value, target, status, previous, series, currency, null, null);
    }

    /**
     * The one judgement of a KPI for a period on {@code today}, which the boards, the portfolio, the jobs' status
     * record and the report all take: while the period runs and has a target, the status is judged against the
     * expected-by-now value of {@link Kpi#pacing()}; otherwise against the whole target (docs/decisions/0048).
     */
    public static KpiValue judged(Kpi kpi, @Nullable BigDecimal value, @Nullable BigDecimal target,
                                  @Nullable BigDecimal previous, List<DayPoint> series, @Nullable String currency,
                                  KpiPeriod period, LocalDate today, Thresholds thresholds) {
        Pacing pacing = pacing(kpi, value, target, period, today);
        BigDecimal judgedAgainst = pacing == null ? target : pacing.expected();
        return new KpiValue(kpi, value, target, thresholds.status(kpi, value, judgedAgainst), previous, series,
                currency, pacing, period.comparedSpan(today));
    }

    /** The pacing of a running period's target; null without a target, or once (or before) the period runs. */
    static @Nullable Pacing pacing(Kpi kpi, @Nullable BigDecimal value, @Nullable BigDecimal target,
                                   KpiPeriod period, LocalDate today) {
        if (target == null || !period.runningOn(today)) {
            return null;
        }
        Pacing pacing = Pacing.of(kpi.pacing(), target, value, period.elapsedDays(today), period.days());
        // A share cannot be heading past all of its base, however fast it went in the first days; a count is due
        // and judged in whole members or items, a share to the tenth of a percent the rates have, as every screen and
        // the report write them.
        return switch (kpi.unit()) {
            case PERCENT -> pacing.atMost(BigDecimal.valueOf(100)).rounded(1);
            case COUNT -> kpi.pacing() == Pacing.Method.CUMULATIVE ? pacing.rounded(0) : pacing;
            default -> pacing;
        };
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
