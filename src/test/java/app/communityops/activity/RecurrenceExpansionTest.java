package app.communityops.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecurrenceExpansionTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate FAR = LocalDate.of(2030, 1, 1);

    private static Recurrence rule(Frequency frequency, Set<DayOfWeek> days, MonthlyBy by, Integer count) {
        return new Recurrence(frequency, 1, days, by, null, count);
    }

    @Test
    void weeklyMeetupKeepsItsWallClockTimeAcrossBerlinsSpringAndAutumnChanges() {
        List<ZonedDateTime> starts = RecurrenceExpansion.expand(rule(Frequency.WEEKLY, Set.of(DayOfWeek.SUNDAY),
                null, 3), LocalDateTime.of(2026, 3, 22, 19, 0), BERLIN, FAR, 400);
        assertThat(starts).extracting(ZonedDateTime::toLocalDateTime).containsExactly(
                LocalDateTime.of(2026, 3, 22, 19, 0), LocalDateTime.of(2026, 3, 29, 19, 0),
                LocalDateTime.of(2026, 4, 5, 19, 0));
        assertThat(starts.get(0).getOffset().getTotalSeconds()).isEqualTo(3600);
        assertThat(starts.get(1).getOffset().getTotalSeconds()).isEqualTo(7200);
        List<ZonedDateTime> autumn = RecurrenceExpansion.expand(rule(Frequency.DAILY, Set.of(), null, 3),
                LocalDateTime.of(2026, 10, 24, 9, 30), BERLIN, FAR, 400);
        assertThat(autumn).extracting(z -> z.toLocalTime()).containsOnly(LocalTime.of(9, 30));
        assertThat(autumn.get(1).toInstant().toEpochMilli() - autumn.get(0).toInstant().toEpochMilli())
                .isEqualTo(25 * 3600 * 1000L);
    }

    @Test
    void aTimeSkippedBySpringForwardMovesByTheGapAndAnAmbiguousOneTakesTheEarlierOffset() {
        List<ZonedDateTime> spring = RecurrenceExpansion.expand(rule(Frequency.DAILY, Set.of(), null, 2),
                LocalDateTime.of(2026, 3, 7, 2, 30), NEW_YORK, FAR, 400);
        assertThat(spring.get(1).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 3, 8, 3, 30));
        List<ZonedDateTime> autumn = RecurrenceExpansion.expand(rule(Frequency.DAILY, Set.of(), null, 2),
                LocalDateTime.of(2026, 10, 31, 1, 30), NEW_YORK, FAR, 400);
        assertThat(autumn.get(1).getOffset().getTotalSeconds()).isEqualTo(-4 * 3600);
    }

    @Test
    void monthlyOnThe31stSkipsMonthsWithoutIt() {
        List<ZonedDateTime> starts = RecurrenceExpansion.expand(rule(Frequency.MONTHLY, Set.of(),
                MonthlyBy.DAY_OF_MONTH, 4), LocalDateTime.of(2026, 1, 31, 20, 0), BERLIN, FAR, 400);
        assertThat(starts).extracting(ZonedDateTime::toLocalDate).containsExactly(LocalDate.of(2026, 1, 31),
                LocalDate.of(2026, 3, 31), LocalDate.of(2026, 5, 31), LocalDate.of(2026, 7, 31));
    }

    @Test
    void monthlyOnTheNthAndTheLastWeekday() {
        List<ZonedDateTime> second = RecurrenceExpansion.expand(rule(Frequency.MONTHLY, Set.of(),
                MonthlyBy.NTH_WEEKDAY, 3), LocalDateTime.of(2026, 1, 13, 19, 0), BERLIN, FAR, 400);
        assertThat(second).extracting(ZonedDateTime::toLocalDate).containsExactly(LocalDate.of(2026, 1, 13),
                LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 10));
        List<ZonedDateTime> fifth = RecurrenceExpansion.expand(rule(Frequency.MONTHLY, Set.of(),
                MonthlyBy.NTH_WEEKDAY, 2), LocalDateTime.of(2026, 1, 29, 19, 0), BERLIN, FAR, 400);
        assertThat(fifth).extracting(ZonedDateTime::toLocalDate).containsExactly(LocalDate.of(2026, 1, 29),
                LocalDate.of(2026, 4, 30));
        List<ZonedDateTime> last = RecurrenceExpansion.expand(rule(Frequency.MONTHLY, Set.of(),
                MonthlyBy.LAST_WEEKDAY, 2), LocalDateTime.of(2026, 1, 29, 19, 0), BERLIN, FAR, 400);
        assertThat(last).extracting(ZonedDateTime::toLocalDate).containsExactly(LocalDate.of(2026, 1, 29),
                LocalDate.of(2026, 2, 26));
    }

    @Test
    void weeklyOnSeveralDaysStopsAtTheUntilDateInclusiveAndRespectsTheInterval() {
        Recurrence rule = new Recurrence(Frequency.WEEKLY, 2, Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), null,
                LocalDate.of(2026, 2, 16), null);
        List<ZonedDateTime> starts = RecurrenceExpansion.expand(rule, LocalDateTime.of(2026, 2, 2, 8, 0), BERLIN,
                FAR, 400);
        assertThat(starts).extracting(ZonedDateTime::toLocalDate).containsExactly(LocalDate.of(2026, 2, 2),
                LocalDate.of(2026, 2, 4), LocalDate.of(2026, 2, 16));
    }

    @Test
    void theHorizonAndTheMaximumBoundAnOpenRule() {
        Recurrence daily = new Recurrence(Frequency.DAILY, 1, Set.of(), null, null, null);
        assertThat(RecurrenceExpansion.expand(daily, LocalDateTime.of(2026, 1, 1, 8, 0), BERLIN,
                LocalDate.of(2026, 1, 10), 400)).hasSize(10);
        assertThat(RecurrenceExpansion.expand(daily, LocalDateTime.of(2026, 1, 1, 8, 0), BERLIN, FAR, 7))
                .hasSize(7);
    }
}
