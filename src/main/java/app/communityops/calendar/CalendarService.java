package app.communityops.calendar;

import app.communityops.shared.Access;
import app.communityops.shared.NotFoundException;
import app.communityops.tenancy.TenantZone;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar's view of every {@link CalendarSource}: entries of all sources together, moves routed to the
 * source that owns the entry, and the planning gaps of the coming days. Each source checks the caller's access
 * itself; this service only adds the role gate.
 */
@Service
public class CalendarService {

    /** How far ahead planning gaps are looked for. */
    public static final int GAP_DAYS = 14;

    private final List<CalendarSource> sources;
    private final TenantZone zones;

    CalendarService(List<CalendarSource> sources, TenantZone zones) {
        this.sources = List.copyOf(sources);
        this.zones = zones;
    }


    /** Entries of all sources in the query's range, by start time. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public List<CalendarEntry> entries(CalendarQuery query) {
        if (query.communityIds().isEmpty()) {
            return List.of();
        }
        List<CalendarEntry> all = new ArrayList<>();
        for (CalendarSource source : sources) {
            all.addAll(source.entries(query));
        }
        all.sort(Comparator.comparing(CalendarEntry::start).thenComparing(CalendarEntry::title));
        return all;
    }

    /** Moves an entry through the source that owns it; that source's refusals come through unchanged. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public CalendarEntry move(String sourceKey, String entryId, long expectedVersion, Instant newStart) {
        return source(sourceKey).move(entryId, expectedVersion, newStart);
    }

    /** What the user may create on a day in a community, from every source. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public List<CalendarAction> createActions(UUID communityId, LocalDate day) {
        List<CalendarAction> actions = new ArrayList<>();
        for (CalendarSource source : sources) {
            actions.addAll(source.createActions(communityId, day));
        }
        return actions;
    }

    /** Days from {@code today} on, {@link #GAP_DAYS} of them, on which a community has nothing planned. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public Map<UUID, List<LocalDate>> gaps(Set<UUID> communityIds, LocalDate today) {
        ZoneId zone = zones.current();
        Instant from = today.atStartOfDay(zone).toInstant();
        Instant to = today.plusDays(GAP_DAYS).atStartOfDay(zone).toInstant();
        List<CalendarEntry> coming = entries(new CalendarQuery(communityIds, from, to, Set.of(), Set.of()));
        return PlanningGaps.find(communityIds, coming, today, GAP_DAYS, zone);
    }

    private CalendarSource source(String key) {
        return sources.stream().filter(source -> source.key().equals(key)).findFirst()
                .orElseThrow(NotFoundException::new);
    }
}
