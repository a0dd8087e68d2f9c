package app.communityops.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One day of a KPI's daily series (sparklines, time series); null when the day has no value. */
public record DayPoint(LocalDate day, @Nullable BigDecimal value) {
}
