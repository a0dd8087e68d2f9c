package app.communityops.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Days with nothing planned, per community: the source text's operators fail by firefighting instead of
 * planning, so the calendar points at the empty days ahead. Pure: no clock, no database.
 */
public final class PlanningGaps {

    private PlanningGaps() {
    }

    /**
     * For each community (in the given order), the days in {@code [firstDay, firstDay + days)} that no entry of it
     * touches. An entry touches every day from its start to its end in {@code zone}; an end exactly at midnight
     * does not touch the day it opens, and an entry without an end touches its start day only.
     */
    public static Map<UUID, List<LocalDate>> find(Collection<UUID> communityIds, List<CalendarEntry> entries,
                                                  LocalDate firstDay, int days, ZoneId zone) {
        Map<UUID, Set<LocalDate>> planned = new LinkedHashMap<>();
        for (CalendarEntry entry : entries) {
            planned.computeIfAbsent(entry.communityId(), id -> new HashSet<>()).addAll(daysOf(entry, zone));
        }
        Map<UUID, List<LocalDate>> gaps = new LinkedHashMap<>();
        for (UUID community : communityIds) {
            Set<LocalDate> busy = planned.getOrDefault(community, Set.of());
            List<LocalDate> free = new ArrayList<>();
            for (int i = 0; i < days; i++) {
                LocalDate day = firstDay.plusDays(i);
                if (!busy.contains(day)) {
                    free.add(day);
                }
            }
            gaps.put(community, free);
        }
        return gaps;
    }

    private static List<LocalDate> daysOf(CalendarEntry entry, ZoneId zone) {
        LocalDate first = LocalDateTime.ofInstant(entry.start(), zone).toLocalDate();
        if (entry.end() == null || !entry.end().isAfter(entry.start())) {
            return List.of(first);
        }
        LocalDateTime end = LocalDateTime.ofInstant(entry.end(), zone);
        LocalDate last = end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? end.toLocalDate().minusDays(1)
                : end.toLocalDate();
        List<LocalDate> touched = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            touched.add(day);
        }
        return touched;
    }
}
