package app.communityops.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Monthly join-cohort retention: for each month's joiners, the percentage active in the join month (offset 0)
 * and each later month up to the current one (null beyond it).
 */
public record CohortMatrix(List<Cohort> cohorts) {

    public record Cohort(YearMonth month, long members, List<@Nullable BigDecimal> retainedPercent) {

        public Cohort {
            retainedPercent = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(retainedPercent));
        }
    }

    public CohortMatrix {
        cohorts = List.copyOf(cohorts);
    }

    /** Whether the matrix has the share of month {@code joined}'s joiners active in month {@code active}. */
    boolean holds(YearMonth joined, YearMonth active) {
        return !cohorts.isEmpty() && !joined.isBefore(cohorts.getFirst().month()) && !active.isBefore(joined)
                && !active.isAfter(cohorts.getLast().month());
    }

    /** That share, which {@link #holds} the matrix has: null for a cohort without members. */
    @Nullable BigDecimal retained(YearMonth joined, YearMonth active) {
        Cohort cohort = cohorts.get((int) ChronoUnit.MONTHS.between(cohorts.getFirst().month(), joined));
        return cohort.retainedPercent().get((int) ChronoUnit.MONTHS.between(joined, active));
    }
}
