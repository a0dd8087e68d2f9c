package app.communityops.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PlanningGapsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private final UUID busy = UUID.randomUUID();
    private final UUID idle = UUID.randomUUID();

    @Test
    void aCommunityWithNothingPlannedHasEveryDayFree() {
        Map<UUID, List<LocalDate>> gaps = PlanningGaps.find(List.of(idle), List.of(), MONDAY, 14, SHANGHAI);

        assertThat(gaps.get(idle)).hasSize(14).startsWith(MONDAY).endsWith(MONDAY.plusDays(13));
    }

    @Test
    void daysTouchedByAnEntryAreNotGaps() {
        List<CalendarEntry> entries = List.of(
                entry(busy, at(MONDAY, 19), at(MONDAY, 21)),
                // Two days and a bit, ending exactly at midnight: the day it ends on stays free.
                entry(busy, at(MONDAY.plusDays(2), 22), MONDAY.plusDays(5).atStartOfDay(SHANGHAI).toInstant()),
                // A point in time (a publish time) has no end.
                entry(busy, at(MONDAY.plusDays(13), 8), null));

        List<LocalDate> free = PlanningGaps.find(List.of(busy, idle), entries, MONDAY, 14, SHANGHAI).get(busy);

        assertThat(free).doesNotContain(MONDAY, MONDAY.plusDays(2), MONDAY.plusDays(3), MONDAY.plusDays(4),
                        MONDAY.plusDays(13))
                .contains(MONDAY.plusDays(1), MONDAY.plusDays(5)).hasSize(9);
    }

    @Test
    void theDayIsTheDayInTheTenantsZoneNotInUtc() {
        // 23:30 in Shanghai is still the previous day in UTC.
        List<CalendarEntry> entries = List.of(entry(busy, at(MONDAY.plusDays(1), 23).plusSeconds(1800), null));

        List<LocalDate> free = PlanningGaps.find(List.of(busy), entries, MONDAY, 3, SHANGHAI).get(busy);

        assertThat(free).containsExactly(MONDAY, MONDAY.plusDays(2));
    }

    @Test
    void anotherCommunitysEntriesDoNotFillAGap() {
        List<CalendarEntry> entries = List.of(entry(busy, at(MONDAY, 10), at(MONDAY, 11)));

        Map<UUID, List<LocalDate>> gaps = PlanningGaps.find(List.of(idle, busy), entries, MONDAY, 2, SHANGHAI);

        assertThat(gaps.keySet()).containsExactly(idle, busy);
        assertThat(gaps.get(idle)).containsExactly(MONDAY, MONDAY.plusDays(1));
        assertThat(gaps.get(busy)).containsExactly(MONDAY.plusDays(1));
    }

    private static Instant at(LocalDate day, int hour) {
        return LocalDateTime.of(day, java.time.LocalTime.of(hour, 0)).atZone(SHANGHAI).toInstant();
    }

    private static CalendarEntry entry(UUID community, Instant start, @Nullable Instant end) {
        return new CalendarEntry("test", UUID.randomUUID().toString(), community, "Entry", start, end, false,
                "activity.regular", "k", "planned", "k", "x", 0, true, null, null);
    }
}
