package app.communityops.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
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
}
