package app.communityops.activity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a series rule into the start times of its occurrences. Dates are computed on the local calendar and the
 * wall-clock time is kept, so a 19:00 meetup stays at 19:00 across daylight-saving changes; a time that does not
 * exist on a spring-forward day moves forward by the gap, an ambiguous autumn time takes the earlier offset (as
 * {@link ZonedDateTime#of} does). Only dates on or after the first start that match the rule are occurrences: a
 * weekly series on Monday and Wednesday started on a Tuesday begins on the Wednesday.
 */
public final class RecurrenceExpansion {

    private RecurrenceExpansion() {
    }

    /**
     * @param notAfter local date after which nothing is produced (the materialisation horizon)
     * @param max      the most occurrences produced, whatever the rule's count
     */
    public static List<ZonedDateTime> expand(Recurrence rule, LocalDateTime firstStart, ZoneId zone,
                                             LocalDate notAfter, int max) {
        LocalDate last = rule.until() == null || rule.until().isAfter(notAfter) ? notAfter : rule.until();
        int limit = rule.count() == null ? max : Math.min(rule.count(), max);
        LocalTime time = firstStart.toLocalTime();
        List<ZonedDateTime> starts = new ArrayList<>();
        LocalDate start = firstStart.toLocalDate();
        for (long period = 0; starts.size() < limit; period++) {
            LocalDate periodStart = periodStart(rule, start, period);
            if (periodStart.isAfter(last)) {
                break;
            }
            for (LocalDate date : datesIn(rule, start, periodStart)) {
                if (!date.isBefore(start) && !date.isAfter(last) && starts.size() < limit) {
                    starts.add(ZonedDateTime.of(date, time, zone));
                }
            }
        }
        return starts;
    }

    private static LocalDate periodStart(Recurrence rule, LocalDate start, long period) {
        long step = period * rule.interval();
        return switch (rule.frequency()) {
            case DAILY -> start.plusDays(step);
            case WEEKLY -> start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(step);
            case MONTHLY -> start.withDayOfMonth(1).plusMonths(step);
        };
    }

    private static List<LocalDate> datesIn(Recurrence rule, LocalDate start, LocalDate periodStart) {
        return switch (rule.frequency()) {
            case DAILY -> List.of(periodStart);
            case WEEKLY -> (rule.weekdays().isEmpty() ? List.of(start.getDayOfWeek()) : List.copyOf(rule.weekdays()))
                    .stream().sorted().map(day -> periodStart.plusDays(day.ordinal())).toList();
            case MONTHLY -> monthly(rule, start, periodStart).stream().toList();
        };
    }

    private static Optional<LocalDate> monthly(Recurrence rule, LocalDate start, LocalDate month) {
        MonthlyBy by = Objects.requireNonNullElse(rule.monthlyBy(), MonthlyBy.DAY_OF_MONTH);
        DayOfWeek weekday = start.getDayOfWeek();
        return switch (by) {
            case DAY_OF_MONTH -> start.getDayOfMonth() <= month.lengthOfMonth()
                    ? Optional.of(month.withDayOfMonth(start.getDayOfMonth())) : Optional.empty();
            case NTH_WEEKDAY -> {
                LocalDate nth = month.with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth(start), weekday));
                yield nth.getMonth() == month.getMonth() ? Optional.of(nth) : Optional.empty();
            }
            case LAST_WEEKDAY -> Optional.of(month.with(TemporalAdjusters.lastInMonth(weekday)));
        };
    }

    /** 1 for the first seven days of a month, up to 5. */
    public static int weekOfMonth(LocalDate date) {
        return (date.getDayOfMonth() - 1) / 7 + 1;
    }

    /** Whether {@code date}'s weekday is the last of its kind in the month (offered as "last Tuesday"). */
    public static boolean isLastWeekdayOfMonth(LocalDate date) {
        return date.plusWeeks(1).getMonth() != date.getMonth();
    }
}
