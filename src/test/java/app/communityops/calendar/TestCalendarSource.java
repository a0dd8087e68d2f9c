package app.communityops.calendar;

import app.communityops.community.CommunityService;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.TenantContext;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.Uuids;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A calendar source for tests, kept in memory per tenant, with the access rules a real source has: the caller's
 * tenant, and only communities {@link CommunityService#find} shows the caller.
 *
 * <p>A component of the test class path rather than an imported test configuration: a second application context
 * in the same test JVM would install a second Vaadin security-context strategy and break the other tests' sign-in.
 * It is inert for everyone else: it holds entries and offers create actions only for tenants a test gave them.
 */
@Component
public class TestCalendarSource implements CalendarSource {

    public static final String KEY = "test";

    private record Stored(UUID tenantId, CalendarEntry entry) {
    }

    private final Map<String, Stored> entries = new ConcurrentHashMap<>();
    private final CommunityService communities;
    private final Map<UUID, Integer> actionsPerTenant = new ConcurrentHashMap<>();

    TestCalendarSource(CommunityService communities) {
        this.communities = communities;
    }

    /** Adds an entry for the tenant; {@code movable=false} entries refuse every move. */
    public CalendarEntry add(UUID tenantId, UUID communityId, String title, Instant start, @Nullable Duration length,
                             String category, String status, boolean movable) {
        String id = Uuids.v7().toString();
        CalendarEntry entry = new CalendarEntry(KEY, id, communityId, title, start,
                length == null ? null : start.plus(length), false, category, "calendar.title", status,
                "calendar.title", "communities/" + communityId, 0, movable, "Room 1, Floor 2; \"east\"",
                "Line one\nLine two, with a comma; and a semicolon \\ backslash");
        entries.put(id, new Stored(tenantId, entry));
        return entry;
    }

    public CalendarEntry get(String id) {
        return entries.get(id).entry();
    }

    /** How many create actions this source offers per community to the tenant's users. */
    public void setActionsPerCommunity(UUID tenantId, int count) {
        actionsPerTenant.put(tenantId, count);
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public List<CalendarEntry> entries(CalendarQuery query) {
        UUID tenant = TenantContext.current().orElseThrow();
        List<CalendarEntry> found = new ArrayList<>();
        for (Stored stored : entries.values()) {
            CalendarEntry entry = stored.entry();
            Instant end = entry.end() == null ? entry.start() : entry.end();
            if (stored.tenantId().equals(tenant) && query.communityIds().contains(entry.communityId())
                    && entry.start().isBefore(query.to()) && !end.isBefore(query.from())
                    && (query.categories().isEmpty() || query.categories().contains(entry.category()))
                    && (query.statuses().isEmpty() || query.statuses().contains(entry.status()))
                    && communities.find(entry.communityId()).isPresent()) {
                found.add(entry);
            }
        }
        return found;
    }

    @Override
    public synchronized CalendarEntry move(String entryId, long expectedVersion, Instant newStart) {
        Stored stored = entries.get(entryId);
        if (stored == null || !stored.tenantId().equals(TenantContext.current().orElseThrow())
                || communities.find(stored.entry().communityId()).isEmpty()) {
            throw new NotFoundException();
        }
        CalendarEntry entry = stored.entry();
        if (!entry.movable()) {
            throw new UserFacingException("calendar.test.refused", null);
        }
        if (entry.version() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        Instant end = entry.end() == null ? null : newStart.plus(Duration.between(entry.start(), entry.end()));
        CalendarEntry moved = new CalendarEntry(entry.source(), entry.id(), entry.communityId(), entry.title(),
                newStart, end, entry.allDay(), entry.category(), entry.categoryLabelKey(), entry.status(),
                entry.statusLabelKey(), entry.href(), entry.version() + 1, entry.movable(), entry.location(),
                entry.description());
        entries.put(entryId, new Stored(stored.tenantId(), moved));
        return moved;
    }

    @Override
    public List<CalendarAction> createActions(UUID communityId, LocalDate day) {
        if (communities.find(communityId).isEmpty()) {
            throw new NotFoundException();
        }
        List<CalendarAction> actions = new ArrayList<>();
        int count = actionsPerTenant.getOrDefault(TenantContext.current().orElseThrow(), 0);
        for (int i = 0; i < count; i++) {
            actions.add(new CalendarAction("calendar.title", i == 0 ? "communities/" + communityId
                    : "communities/" + communityId + "/calendar"));
        }
        return actions;
    }
}
