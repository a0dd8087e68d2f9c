package app.communityops.calendar;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One thing on the calendar, already filtered for the current user.
 *
 * @param source      the {@link CalendarSource#key()} it came from
 * @param id          the source's own id for it (an occurrence may carry more than a database id)
 * @param category    a stable key that decides its colour and filter, e.g. {@code activity.regular},
 *                    {@code content.value}; {@code categoryLabelKey} is the translation key of its name
 * @param status      a stable status key for filters, {@code statusLabelKey} its translation key
 * @param href        the route (without leading slash) that opens it
 * @param movable     whether the current user may drag it to another time
 * @param end         null for point-in-time entries (a publish time)
 */
public record CalendarEntry(String source, String id, UUID communityId, String title, Instant start,
                            @Nullable Instant end, boolean allDay, String category, String categoryLabelKey,
                            String status, String statusLabelKey, String href, long version, boolean movable,
                            @Nullable String location, @Nullable String description) {
}
