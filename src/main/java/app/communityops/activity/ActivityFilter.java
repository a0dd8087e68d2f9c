package app.communityops.activity;

import java.util.Set;
import java.util.UUID;

/** The list screen's filters; empty sets do not filter. Upcoming means not yet ended, past already ended. */
public record ActivityFilter(When when, Set<ActivityStatus> statuses, Set<UUID> typeIds) {

    public enum When {
        UPCOMING, PAST, ALL
    }

    public ActivityFilter {
        statuses = Set.copyOf(statuses);
        typeIds = Set.copyOf(typeIds);
    }

    public static ActivityFilter all() {
        return new ActivityFilter(When.ALL, Set.of(), Set.of());
    }
}
