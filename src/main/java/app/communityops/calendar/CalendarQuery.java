package app.communityops.calendar;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * What the calendar asks every source for. Empty {@code categories} or {@code statuses} mean "all"; a source
 * ignores filter values that are not its own.
 */
public record CalendarQuery(Set<UUID> communityIds, Instant from, Instant to, Set<String> categories,
                            Set<String> statuses) {

    public CalendarQuery {
        communityIds = Set.copyOf(communityIds);
        categories = Set.copyOf(categories);
        statuses = Set.copyOf(statuses);
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }
}
