package app.communityops.content;

import app.communityops.approval.ApprovalEvent;
import app.communityops.approval.ApprovalService;
import app.communityops.approval.ApprovalState;
import app.communityops.approval.ApprovalSubject;
import app.communityops.approval.ApprovalSummary;
import app.communityops.approval.SubjectType;
import app.communityops.shared.Access;
import app.communityops.security.AccountService;
import app.communityops.security.AccountSummary;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import app.communityops.tenancy.TenantZone;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Content items from idea to publication. Staff of a community plan, write and move its items; an item shared by
 * several communities is changed only by someone who may change all of them. Client users read the published
 * items of their own communities and nothing else.
 */
@Service
public class ContentService {

    private final ContentItemRepository items;
    private final ContentTransitionRepository transitions;
    private final ContentAccess access;
    private final StaffNames staff;
    private final AccountService accounts;
    private final TenantZone zones;
    private final EntityManager entityManager;
    private final ApprovalService approvals;
    private final Clock clock;

    ContentService(ContentItemRepository items, ContentTransitionRepository transitions, ContentAccess access,
                   StaffNames staff, AccountService accounts, TenantZone zones, EntityManager entityManager,
                   ApprovalService approvals, Clock clock) {
        this.approvals = approvals;
        this.items = items;
        this.transitions = transitions;
        this.access = access;
        this.staff = staff;
        this.accounts = accounts;
        this.zones = zones;
        this.entityManager = entityManager;
        this.clock = clock;
    }


    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS_OR_JOB)
    public List<ContentDetails> list(UUID communityId, ContentFilter filter, int offset, int limit) {
        access.readable(communityId);
        TypedQuery<ContentItem> query = query(communityId, filter, "select c", ContentItem.class,
                " order by c.publishAt desc nulls first, c.id desc");
        List<ContentItem> page = query.setFirstResult(offset).setMaxResults(limit).getResultList();
        Map<UUID, String> names = authorNames(page);
        return page.stream().map(item -> item.toDetails(name(names, item.getAuthorId()))).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS_OR_JOB)
    public int count(UUID communityId, ContentFilter filter) {
        access.readable(communityId);
        return Math.toIntExact(query(communityId, filter, "select count(c)", Long.class, "").getSingleResult());
    }

    /** One item of a community, as the user may see it; drafts are "not found" for client users. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS_OR_JOB)
    public ContentDetails find(UUID communityId, UUID contentId) {
        access.readable(communityId);
        ContentItem item = items.findById(contentId).orElseThrow(NotFoundException::new);
        if (!item.getCommunityIds().contains(communityId) || !visibleToUser(item)) {
            throw new NotFoundException();
        }
        return details(item);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS_OR_JOB)
    public List<TransitionDetails> transitions(UUID contentId) {
        readable(contentId);
        return transitions.findByContentIdOrderByOccurredAtAscIdAsc(contentId).stream()
                .map(ContentTransition::toDetails).toList();
    }

    /** Staff who can be named as authors. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public List<StaffOption> authors() {
        return staff.staff();
    }

    /** A new item starts as an idea. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public ContentDetails create(ContentForm form) {
        access.writableAll(form.getCommunityIds());
        ContentItem item = new ContentItem(ContentStatus.IDEA);
        item.apply(form, checked(form, ContentStatus.IDEA, null));
        ContentItem saved = items.saveAndFlush(item);
        record(saved.getId(), null, ContentStatus.IDEA);
        return details(saved);
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public ContentDetails update(UUID contentId, long expectedVersion, ContentForm form) {
        ContentItem item = writable(contentId, expectedVersion);
        access.writableAll(form.getCommunityIds());
        if (item.getStatus() == ContentStatus.ARCHIVED) {
            throw new UserFacingException("content.error.archived", null);
        }
        boolean seenChanged = item.apply(form, checked(form, item.getStatus(), item.getPublishAt()));
        if (seenChanged && approvalCommunity(item).isPresent()) {
            // What was approved is no longer what the audience would see: its request ends, and a scheduled item
            // goes back to draft until the new wording is approved.
            approvals.withdraw(SubjectType.CONTENT, item.getId());
            if (item.getStatus() == ContentStatus.SCHEDULED) {
                item.setStatus(ContentStatus.DRAFT);
                record(item.getId(), ContentStatus.SCHEDULED, ContentStatus.DRAFT);
            }
        }
        return details(items.saveAndFlush(item));
    }

    /** Moves the item to another status, if that is a move the workflow allows from where it is. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public ContentDetails move(UUID contentId, long expectedVersion, ContentStatus target) {
        ContentItem item = writable(contentId, expectedVersion);
        ContentStatus from = item.getStatus();
        if (!from.canMoveTo(target)) {
            // Arguments are translation keys: the screen names the statuses in the reader's language.
            throw new UserFacingException("content.error.transition", null, "content.status." + from.name(),
                    "content.status." + target.name());
        }
        if ((target == ContentStatus.SCHEDULED || target == ContentStatus.PUBLISHED)
                && approvalCommunity(item).isPresent() && approvalState(item) != ApprovalState.APPROVED) {
            throw new UserFacingException("content.error.approvalRequired", null);
        }
        if (target == ContentStatus.ARCHIVED) {
            approvals.withdraw(SubjectType.CONTENT, item.getId());
        }
        Instant now = clock.instant();
        Instant publishAt = item.getPublishAt();
        if (target == ContentStatus.SCHEDULED && (publishAt == null || !publishAt.isAfter(now))) {
            throw new UserFacingException("content.error.scheduleInPast", "publishAt");
        }
        if (target == ContentStatus.PUBLISHED && (publishAt == null || publishAt.isAfter(now))) {
            // Published ahead of plan: the publish time becomes the real one.
            item.setPublishAt(now);
        }
        item.setStatus(target);
        ContentItem saved = items.saveAndFlush(item);
        record(saved.getId(), from, target);
        return details(saved);
    }

    /**
     * Puts the item's current wording up for approval, where its community's policy asks for it; a draft moves on
     * to review while it waits.
     */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public ContentDetails submitForApproval(UUID contentId, long expectedVersion) {
        ContentItem item = writable(contentId, expectedVersion);
        ContentStatus status = item.getStatus();
        if (status != ContentStatus.DRAFT && status != ContentStatus.IN_REVIEW) {
            throw new UserFacingException("content.error.submitStatus", null, "content.status." + status.name());
        }
        UUID community = approvalCommunity(item)
                .orElseThrow(() -> new UserFacingException("approval.error.notRequired", null));
        approvals.submit(new ApprovalSubject(SubjectType.CONTENT, item.getId(), item.getApprovalRevision(), community,
                item.getTitle(), preview(item)));
        if (status == ContentStatus.DRAFT) {
            item.setStatus(ContentStatus.IN_REVIEW);
            record(item.getId(), ContentStatus.DRAFT, ContentStatus.IN_REVIEW);
        }
        return details(items.saveAndFlush(item));
    }

    /** Whether the item needs approval, how its current wording stands, and every approval step so far. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS_OR_JOB)
    public ContentApproval approval(UUID contentId) {
        ContentItem item = readable(contentId);
        Optional<ApprovalSummary> latest = Optional.ofNullable(
                approvals.latest(SubjectType.CONTENT, List.of(item.getId())).get(item.getId()));
        List<ApprovalEvent> history = approvals.history(SubjectType.CONTENT, item.getId());
        return new ContentApproval(approvalState(item), latest.map(ApprovalSummary::id).orElse(null), history);
    }

    /** Changes only the planned publish time (the calendar's drag); published and archived items stay put. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public ContentDetails reschedule(UUID contentId, long expectedVersion, Instant publishAt) {
        ContentItem item = writable(contentId, expectedVersion);
        ContentStatus status = item.getStatus();
        if (status == ContentStatus.PUBLISHED || status == ContentStatus.ARCHIVED) {
            throw new UserFacingException("content.error.fixedTime", "publishAt");
        }
        if (status == ContentStatus.SCHEDULED && !publishAt.isAfter(clock.instant())) {
            throw new UserFacingException("content.error.scheduleInPast", "publishAt");
        }
        item.setPublishAt(publishAt);
        return details(items.saveAndFlush(item));
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public ContentDetails recordEngagement(UUID contentId, long expectedVersion, EngagementForm form) {
        ContentItem item = writable(contentId, expectedVersion);
        if (item.getStatus() != ContentStatus.PUBLISHED) {
            throw new UserFacingException("content.error.notPublished", null);
        }
        for (Integer figure : new Integer[] {form.getViews(), form.getReactions(), form.getReplies(),
                form.getShares()}) {
            if (figure != null && figure < 0) {
                throw new UserFacingException("content.error.negative", null);
            }
        }
        item.setEngagement(form);
        return details(items.saveAndFlush(item));
    }

    /** Whether the current user may change the item (the screens hide actions otherwise). */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS_OR_JOB)
    public boolean canEdit(ContentDetails item) {
        return !access.isClient() && item.communityIds().stream().allMatch(access::canRead);
    }

    ContentItem readable(UUID contentId) {
        ContentItem item = items.findById(contentId).orElseThrow(NotFoundException::new);
        if (item.getCommunityIds().stream().noneMatch(access::canRead) || !visibleToUser(item)) {
            throw new NotFoundException();
        }
        return item;
    }

    ContentItem writable(UUID contentId, long expectedVersion) {
        ContentItem item = items.findById(contentId).orElseThrow(NotFoundException::new);
        access.writableAll(item.getCommunityIds());
        if (Objects.requireNonNullElse(item.getVersion(), -1L) != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return item;
    }

    /**
     * The community whose approval policy governs the item: of an item shared by several communities, the first
     * (by id) that requires approval, so sharing an item never escapes a community's approval.
     */
    Optional<UUID> approvalCommunity(ContentItem item) {
        return item.getCommunityIds().stream().sorted()
                .filter(community -> approvals.required(SubjectType.CONTENT, community)).findFirst();
    }

    ApprovalState approvalState(ContentItem item) {
        boolean required = approvalCommunity(item).isPresent();
        return approvals.state(SubjectType.CONTENT, item.getId(), item.getApprovalRevision(), required);
    }

    /** The item as its audience will see it: the body rendered as on publication. */
    static String preview(ContentItem item) {
        if (item.isMarkdown()) {
            return SafeMarkdown.render(item.getBody());
        }
        return "<div style=\"white-space: pre-wrap\">" + org.jsoup.nodes.Entities.escape(item.getBody()) + "</div>";
    }

    boolean visibleToUser(ContentItem item) {
        return !access.isClient() || item.getStatus() == ContentStatus.PUBLISHED;
    }

    ContentDetails details(ContentItem item) {
        return item.toDetails(name(authorNames(List.of(item)), item.getAuthorId()));
    }

    private static @Nullable String name(Map<UUID, String> names, @Nullable UUID id) {
        return id == null ? null : names.get(id);
    }

    private @Nullable Instant checked(ContentForm form, ContentStatus status, @Nullable Instant current) {
        SafeMarkdown.check(form.getTitle(), "title");
        SafeMarkdown.check(form.getBody(), "body");
        if (form.getTitle().isBlank()) {
            throw new UserFacingException("content.error.titleRequired", "title");
        }
        if (form.getCategory() == null) {
            throw new UserFacingException("content.error.categoryRequired", "category");
        }
        UUID author = form.getAuthorId();
        if (author != null && !staff.isStaff(author)) {
            throw new UserFacingException("content.error.author", "authorId");
        }
        LocalDateTime local = form.getPublishAt();
        Instant publishAt = local == null ? null : local.atZone(zones.current()).toInstant();
        if (status == ContentStatus.PUBLISHED && !Objects.equals(publishAt, current)) {
            throw new UserFacingException("content.error.fixedTime", "publishAt");
        }
        if (status == ContentStatus.SCHEDULED && (publishAt == null || !publishAt.isAfter(clock.instant()))) {
            throw new UserFacingException("content.error.scheduleInPast", "publishAt");
        }
        return publishAt;
    }

    private void record(UUID contentId, @Nullable ContentStatus from, ContentStatus to) {
        AppPrincipal user = CurrentUser.require();
        transitions.save(new ContentTransition(contentId, from, to, user.userId(), user.displayName(),
                clock.instant()));
    }

    private Map<UUID, String> authorNames(List<ContentItem> page) {
        Set<UUID> ids = new HashSet<>();
        page.stream().map(ContentItem::getAuthorId).filter(Objects::nonNull).forEach(ids::add);
        return ids.isEmpty() ? Map.of() : accounts.find(ids).stream()
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
    }

    private <T> TypedQuery<T> query(UUID communityId, ContentFilter filter, String select, Class<T> type,
                                    String order) {
        StringBuilder jpql = new StringBuilder(select)
                .append(" from ContentItem c join c.communityIds community where community = :community");
        Set<ContentStatus> statuses = access.isClient() ? Set.of(ContentStatus.PUBLISHED) : filter.statuses();
        if (access.isClient() && !filter.statuses().isEmpty() && !filter.statuses().contains(ContentStatus.PUBLISHED)) {
            statuses = Set.of();
            jpql.append(" and 1 = 0");
        }
        if (!statuses.isEmpty()) {
            jpql.append(" and c.status in :statuses");
        }
        if (!filter.kinds().isEmpty()) {
            jpql.append(" and c.kind in :kinds");
        }
        TypedQuery<T> query = entityManager.createQuery(jpql.append(order).toString(), type)
                .setParameter("community", communityId);
        if (!statuses.isEmpty()) {
            query.setParameter("statuses", statuses);
        }
        if (!filter.kinds().isEmpty()) {
            query.setParameter("kinds", filter.kinds());
        }
        return query;
    }
}
