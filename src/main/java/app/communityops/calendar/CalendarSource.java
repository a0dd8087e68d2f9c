package app.communityops.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A feature that puts entries on the community calendar. Implementations are Spring beans; each method enforces
 * the caller's access itself (tenant, assigned communities, what clients may see), like any service method.
 */
public interface CalendarSource {

    /** A short stable key ("activity", "content") naming the source in entry references and filters. */
    String key();

    /** The entries overlapping {@code [query.from(), query.to())} that the current user may see. */
    List<CalendarEntry> entries(CalendarQuery query);

    /**
     * Moves one entry so that it starts at {@code newStart}, keeping its duration. Refusals (no right, a past
     * publish time, a cancelled activity) are {@link app.communityops.shared.UserFacingException}s; a stale
     * {@code expectedVersion} is a {@link app.communityops.shared.ConcurrentEditException}.
     */
    CalendarEntry move(String entryId, long expectedVersion, Instant newStart);

    /** What the current user may create in a community on a day, as links to the source's own forms. */
    List<CalendarAction> createActions(UUID communityId, LocalDate day);
}
