package app.communityops.content;

import app.communityops.shared.Access;
import app.communityops.calendar.CalendarAction;
import app.communityops.calendar.CalendarEntry;
import app.communityops.calendar.CalendarQuery;
import app.communityops.calendar.CalendarSource;
import app.communityops.shared.Ids;
import app.communityops.shared.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts content items on the community calendar at their planned publish time. Staff see every status and drag
 * items to reschedule them (not published or archived ones, and a scheduled item only into the future); client
 * users see only the published items of their communities, read-only.
 */
@Component
public class ContentCalendarSource implements CalendarSource {

    public static final String KEY = "content";

    private final ContentService content;
    private final ContentItemRepository items;
    private final ContentAccess access;

    ContentCalendarSource(ContentService content, ContentItemRepository items, ContentAccess access) {
        this.content = content;
        this.items = items;
        this.access = access;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public List<CalendarEntry> entries(CalendarQuery query) {
        List<UUID> readable = query.communityIds().stream().filter(access::canRead).sorted().toList();
        if (readable.isEmpty()) {
            return List.of();
        }
        boolean staff = !access.isClient();
        return items.findPlanned(readable, query.from(), query.to()).stream()
                .filter(content::visibleToUser)
                .filter(item -> query.categories().isEmpty()
                        || query.categories().contains(item.getKind().calendarCategory()))
                .filter(item -> query.statuses().isEmpty() || query.statuses().contains(item.getStatus().key()))
                .map(item -> entry(content.details(item), readable, staff)).toList();
    }

    @Override
    @Transactional
    @PreAuthorize(Access.STAFF)
    public CalendarEntry move(String entryId, long expectedVersion, Instant newStart) {
        UUID id = Ids.parse(entryId).orElseThrow(NotFoundException::new);
        ContentDetails moved = content.reschedule(id, expectedVersion, newStart);
        return entry(moved, moved.communityIds().stream().filter(access::canRead).sorted().toList(), true);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public List<CalendarAction> createActions(UUID communityId, LocalDate day) {
        if (access.isClient() || !access.canRead(communityId)) {
            return List.of();
        }
        return List.of(new CalendarAction("content.calendar.new", ContentNavigation.newPath(communityId, day)));
    }

    private static CalendarEntry entry(ContentDetails item, List<UUID> readable, boolean staff) {
        // An item shared by several communities appears once, under the first of them the user asked for.
        UUID community = readable.stream().filter(item.communityIds()::contains).findFirst()
                .orElseGet(() -> item.communityIds().iterator().next());
        ContentStatus status = item.status();
        boolean movable = staff && status != ContentStatus.PUBLISHED && status != ContentStatus.ARCHIVED;
        return new CalendarEntry(KEY, item.id().toString(), community, item.title(),
                Objects.requireNonNull(item.publishAt()), null, false, item.kind().calendarCategory(),
                "content.kind." + item.kind().name(), status.key(), "content.status." + status.name(),
                ContentNavigation.detailPath(community, item.id()), item.version(), movable, item.channel(), null);
    }
}
