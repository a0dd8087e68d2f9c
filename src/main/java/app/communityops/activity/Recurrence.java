package app.communityops.activity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A series rule: every {@code interval} days, weeks (on {@code weekdays}) or months (by {@code monthlyBy}), until
 * a date (inclusive, in the planning zone) or for {@code count} occurrences, whichever comes first.
 */
public record Recurrence(Frequency frequency, int interval, Set<DayOfWeek> weekdays, @Nullable MonthlyBy monthlyBy,
                         @Nullable LocalDate until, @Nullable Integer count) {

    public Recurrence {
        weekdays = weekdays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekdays));
        if (interval < 1) {
            throw new IllegalArgumentException("interval must be positive");
        }
    }
}
