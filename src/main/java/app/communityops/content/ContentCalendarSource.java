package app.communityops.content;

import app.communityops.approval.ApprovalService;
import app.communityops.approval.ApprovalState;
import app.communityops.approval.ApprovalSummary;
import app.communityops.approval.SubjectType;
import app.communityops.calendar.CalendarAction;
import app.communityops.calendar.CalendarEntry;
import app.communityops.calendar.CalendarQuery;
import app.communityops.calendar.CalendarSource;
import app.communityops.shared.Access;
import app.communityops.shared.Ids;
import app.communityops.shared.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
    /** The statuses whose calendar entries show the approval state: those on the way to the audience. */
    private static final Set<ContentStatus> APPROVAL_SHOWN = EnumSet.of(ContentStatus.DRAFT, ContentStatus.IN_REVIEW,
            ContentStatus.SCHEDULED);

    private final ContentService content;
    private final ContentItemRepository items;
    private final ContentAccess access;
    private final ApprovalService approvals;

    ContentCalendarSource(ContentService content, ContentItemRepository items, ContentAccess access,
                          ApprovalService approvals) {
        this.approvals = approvals;
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
        List<ContentItem> planned = items.findPlanned(readable, query.from(), query.to()).stream()
                .filter(content::visibleToUser)
                .filter(item -> query.categories().isEmpty()
                        || query.categories().contains(item.getKind().calendarCategory()))
                .toList();
        Map<UUID, ApprovalState> approval = staff ? approvalStates(planned) : Map.of();
        return planned.stream()
                .map(item -> entry(content.details(item), readable, staff, approval.get(item.getId())))
                .filter(entry -> query.statuses().isEmpty() || query.statuses().contains(entry.status())
                        || query.statuses().contains(baseStatus(entry.status())))
                .toList();
    }

    /**
     * How each item's current wording stands with its approval, for the items that need one (read in two queries:
     * the communities' policies and the items' latest requests).
     */
    private Map<UUID, ApprovalState> approvalStates(List<ContentItem> planned) {
        Map<UUID, Boolean> required = new HashMap<>();
        List<ContentItem> governed = planned.stream()
                .filter(item -> APPROVAL_SHOWN.contains(item.getStatus()))
                .filter(item -> item.getCommunityIds().stream().anyMatch(community -> required
                        .computeIfAbsent(community, id -> approvals.required(SubjectType.CONTENT, id))))
                .toList();
        Map<UUID, ApprovalSummary> latest = approvals.latest(SubjectType.CONTENT,
                governed.stream().map(ContentItem::getId).toList());
        Map<UUID, ApprovalState> states = new HashMap<>();
        governed.forEach(item -> states.put(item.getId(),
                ApprovalState.of(true, latest.get(item.getId()), item.getApprovalRevision())));
        return states;
    }

    private static String baseStatus(String status) {
        int dash = status.indexOf('-');
        return dash < 0 ? status : status.substring(0, dash);
    }

    @Override
    @Transactional
    @PreAuthorize(Access.STAFF)
    public CalendarEntry move(String entryId, long expectedVersion, Instant newStart) {
        UUID id = Ids.parse(entryId).orElseThrow(NotFoundException::new);
        ContentDetails moved = content.reschedule(id, expectedVersion, newStart);
        return entry(moved, moved.communityIds().stream().filter(access::canRead).sorted().toList(), true, null);
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

    /**
     * {@code approval}: the approval state of an item that needs one; staff then see it in the entry's status
     * ("in_review-pending", labelled "In review · waiting for approval").
     */
    private static CalendarEntry entry(ContentDetails item, List<UUID> readable, boolean staff,
                                       @Nullable ApprovalState approval) {
        // An item shared by several communities appears once, under the first of them the user asked for.
        UUID community = readable.stream().filter(item.communityIds()::contains).findFirst()
                .orElseGet(() -> item.communityIds().iterator().next());
        ContentStatus status = item.status();
        boolean movable = staff && status != ContentStatus.PUBLISHED && status != ContentStatus.ARCHIVED;
        return new CalendarEntry(KEY, item.id().toString(), community, item.title(),
                Objects.requireNonNull(item.publishAt()), null, false, item.kind().calendarCategory(),
                "content.kind." + item.kind().name(),
                approval == null ? status.key() : status.key() + "-" + approval.name().toLowerCase(Locale.ROOT),
                approval == null ? "content.status." + status.name()
                        : "content.calendar.approval." + status.name() + "." + approval.name(),
                ContentNavigation.detailPath(community, item.id()), item.version(), movable, item.channel(), null);
    }
}
