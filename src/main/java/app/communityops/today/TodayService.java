package app.communityops.today;

import app.communityops.audit.AuditAction;
import app.communityops.audit.AuditLog;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunityStatus;
import app.communityops.community.CommunitySummary;
import app.communityops.members.MembersNavigation;
import app.communityops.members.MembershipService;
import app.communityops.members.MembershipSummary;
import app.communityops.security.AccountRole;
import app.communityops.security.AccountService;
import app.communityops.security.AccountSummary;
import app.communityops.shared.Access;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import app.communityops.shared.UserFacingException;
import app.communityops.tenancy.TenantZone;
import app.communityops.today.TaskQueries.Scope;
import app.communityops.today.TodayFilter.Whose;
import app.communityops.today.TodaySources.Day;
import app.communityops.today.TodaySources.ToolScope;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Today list and its tasks. An operator sees their own list across the communities assigned to them (their
 * tasks, the ones no one has taken yet, and the derived work of those communities); a tenant admin sees everything,
 * one operator's list, or what is assigned to them. Acting on a task needs the right to work in its community;
 * anything else is "not found". Every change is checked against the version the user saw.
 */
@Service
public class TodayService {

    private final TaskQueries tasks;
    private final TodaySources sources;
    private final CommunityService communities;
    private final AccountService accounts;
    private final MembershipService memberships;
    private final TenantZone zones;
    private final AuditLog audit;
    private final Clock clock;

    TodayService(TaskQueries tasks, TodaySources sources, CommunityService communities, AccountService accounts,
                 MembershipService memberships, TenantZone zones, AuditLog audit, Clock clock) {
        this.tasks = tasks;
        this.sources = sources;
        this.communities = communities;
        this.accounts = accounts;
        this.memberships = memberships;
        this.zones = zones;
        this.audit = audit;
        this.clock = clock;
    }

    /** The list for the filter, in due order (overdue first), with how many tasks are snoozed out of it. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public TodayList list(TodayFilter filter) {
        Resolved resolved = resolve(filter);
        Day day = Day.of(clock.instant(), zones.current());
        List<TodayItem> items = new ArrayList<>();
        int snoozed = 0;
        if (filter.shows(TodayKind.TASK)) {
            items.addAll(taskItems(tasks.open(resolved.scope(), day.now()), resolved.names(), day.now()));
            snoozed = tasks.snoozed(resolved.scope(), day.now());
        }
        items.addAll(sources.derived(resolved.derivedCommunities(), filter, resolved.tools(), day));
        items.sort(Comparator.comparing(TodayItem::dueAt).thenComparing(TodayItem::key));
        return new TodayList(items, snoozed);
    }

    /** The filter's tasks that are snoozed now, those coming back first first: to look at or wake early. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public List<TodayItem> snoozed(TodayFilter filter) {
        if (!filter.shows(TodayKind.TASK)) {
            return List.of();
        }
        Resolved resolved = resolve(filter);
        Instant now = clock.instant();
        return taskItems(tasks.snoozedTasks(resolved.scope(), now), resolved.names(), now);
    }

    /**
     * The navigation's count: open tasks due today or overdue on the user's usual list (an operator's own, a tenant
     * admin's everything), snoozed ones aside. Stored tasks only: cheap enough for every page.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public int dueCount() {
        AppPrincipal user = CurrentUser.require();
        Resolved resolved = resolve(user.hasRole(Roles.OPERATOR) ? TodayFilter.mine() : TodayFilter.everyone());
        Day day = Day.of(clock.instant(), zones.current());
        return tasks.dueBefore(resolved.scope(), day.now(), day.end());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public Task find(UUID taskId) {
        Task task = tasks.find(taskId).orElseThrow(NotFoundException::new);
        communities.writable(task.communityId());
        return task;
    }

    /** Who a task of the community can go to: its operators, then the tenant admins. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public List<AccountSummary> assignees(UUID communityId) {
        CommunitySummary community = communities.writable(communityId);
        List<AccountSummary> people = new ArrayList<>(accounts.find(community.operatorIds()).stream()
                .filter(account -> account.enabled() && account.role() == AccountRole.OPERATOR)
                .sorted(Comparator.comparing(AccountSummary::displayName)).toList());
        people.addAll(accounts.admins());
        return people;
    }

    /** Opens a task by hand, for the community's operators or one person of {@link #assignees}. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public Task create(TaskForm form) {
        UUID communityId = form.communityId();
        if (communityId == null) {
            throw new UserFacingException("today.error.communityRequired", "community");
        }
        CommunitySummary community = communities.writable(communityId);
        if (community.status() == CommunityStatus.ARCHIVED) {
            throw new UserFacingException("today.error.communityArchived", "community");
        }
        String title = form.title().strip();
        if (title.isEmpty()) {
            throw new UserFacingException("today.error.titleRequired", "title");
        }
        if (title.length() > TaskForm.MAX_TITLE) {
            throw new UserFacingException("today.error.titleTooLong", "title", TaskForm.MAX_TITLE);
        }
        if (form.dueAt() == null) {
            throw new UserFacingException("today.error.dueRequired", "due");
        }
        requireAssignable(communityId, form.assigneeId());
        UUID membershipId = form.membershipId();
        if (membershipId != null && memberships.find(membershipId).filter(m -> m.communityId().equals(communityId))
                .isEmpty()) {
            throw new UserFacingException("today.error.memberNotInCommunity", "member");
        }
        AppPrincipal user = CurrentUser.require();
        UUID id = tasks.insertManual(communityId, membershipId, title, form.assigneeId(), form.dueAt(),
                user.userId(), clock.instant());
        audit.recordFor(user, AuditAction.CREATE, "today_task", id.toString(), Map.of("community",
                communityId.toString(), "due", form.dueAt().toString()));
        return tasks.find(id).orElseThrow();
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public Task done(UUID taskId, long expectedVersion) {
        Task task = openTask(taskId);
        AppPrincipal user = CurrentUser.require();
        Instant now = clock.instant();
        if (!tasks.markDone(taskId, expectedVersion, user.userId(), now)) {
            throw new ConcurrentEditException();
        }
        audit.recordFor(user, AuditAction.UPDATE, "today_task", taskId.toString(), Map.of("action", "DONE",
                "onTime", !now.isAfter(task.dueAt())));
        return tasks.find(taskId).orElseThrow();
    }

    /** Hides the task from the lists until {@code until}; its due time, and so its service level, stay. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public Task snooze(UUID taskId, long expectedVersion, Instant until) {
        openTask(taskId);
        if (!until.isAfter(clock.instant())) {
            throw new UserFacingException("today.error.snoozeInPast", "until");
        }
        if (!tasks.snooze(taskId, expectedVersion, until)) {
            throw new ConcurrentEditException();
        }
        audit.recordFor(CurrentUser.require(), AuditAction.UPDATE, "today_task", taskId.toString(),
                Map.of("action", "SNOOZE", "until", until.toString()));
        return tasks.find(taskId).orElseThrow();
    }

    /** Gives the task to one of {@link #assignees}, or back to the community's operators (null). */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public Task reassign(UUID taskId, long expectedVersion, @Nullable UUID assigneeId) {
        Task task = openTask(taskId);
        requireAssignable(task.communityId(), assigneeId);
        if (!tasks.reassign(taskId, expectedVersion, assigneeId)) {
            throw new ConcurrentEditException();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("action", "REASSIGN");
        details.put("to", assigneeId == null ? "OPERATORS" : assigneeId.toString());
        audit.recordFor(CurrentUser.require(), AuditAction.UPDATE, "today_task", taskId.toString(), details);
        return tasks.find(taskId).orElseThrow();
    }

    private Task openTask(UUID taskId) {
        Task task = tasks.find(taskId).orElseThrow(NotFoundException::new);
        communities.writable(task.communityId());
        if (!task.open()) {
            throw new UserFacingException("today.error.notOpen", null);
        }
        return task;
    }

    private void requireAssignable(UUID communityId, @Nullable UUID assigneeId) {
        if (assigneeId != null && assignees(communityId).stream().noneMatch(a -> a.id().equals(assigneeId))) {
            throw new UserFacingException("today.error.notAssignable", "assignee");
        }
    }

    /** What a filter means for the signed-in user: whose tasks, which communities' derived work, whose tools. */
    private record Resolved(Scope scope, List<CommunitySummary> derivedCommunities, @Nullable ToolScope tools,
                            Map<UUID, String> names) {
    }

    private Resolved resolve(TodayFilter filter) {
        AppPrincipal user = CurrentUser.require();
        List<CommunitySummary> visible = communities.visible().stream()
                .filter(community -> community.status() != CommunityStatus.ARCHIVED).toList();
        Map<UUID, String> names = new HashMap<>();
        visible.forEach(community -> names.put(community.id(), community.name()));
        Whose whose = user.hasRole(Roles.OPERATOR) ? Whose.MINE : filter.whose();
        UUID person = whose == Whose.OPERATOR ? filter.operatorId() : user.userId();
        List<CommunitySummary> mine = switch (whose) {
            case EVERYONE -> visible;
            case OPERATOR -> person == null ? List.of()
                    : visible.stream().filter(c -> c.operatorIds().contains(person)).toList();
            // A tenant admin's own list: what was handed to them; the communities' work is their operators'.
            case MINE -> user.hasRole(Roles.OPERATOR) ? visible : List.of();
        };
        List<CommunitySummary> shown = filter.communityId() == null ? mine
                : mine.stream().filter(c -> c.id().equals(filter.communityId())).toList();
        List<UUID> taskCommunities = whose == Whose.MINE && !user.hasRole(Roles.OPERATOR)
                ? (filter.communityId() == null ? List.copyOf(names.keySet())
                        : names.containsKey(filter.communityId()) ? List.of(filter.communityId()) : List.of())
                : shown.stream().map(CommunitySummary::id).toList();
        Scope scope = switch (whose) {
            case EVERYONE -> new Scope(taskCommunities, null, false);
            case OPERATOR -> new Scope(person == null ? List.of() : taskCommunities, person, true);
            case MINE -> new Scope(taskCommunities, user.userId(), user.hasRole(Roles.OPERATOR));
        };
        Set<UUID> personCommunities = new HashSet<>();
        mine.forEach(c -> personCommunities.add(c.id()));
        ToolScope tools = whose == Whose.OPERATOR && person == null ? null
                : new ToolScope(whose == Whose.EVERYONE ? null : person, personCommunities,
                        filter.communityId() == null);
        return new Resolved(scope, shown, tools, names);
    }

    private List<TodayItem> taskItems(List<Task> open, Map<UUID, String> communityNames, Instant now) {
        Set<UUID> people = new HashSet<>();
        open.forEach(task -> {
            if (task.assigneeId() != null) {
                people.add(task.assigneeId());
            }
        });
        Map<UUID, String> peopleNames = new HashMap<>();
        if (!people.isEmpty()) {
            accounts.find(people).forEach(account -> peopleNames.put(account.id(), account.displayName()));
        }
        List<TodayItem> items = new ArrayList<>();
        for (Task task : open) {
            UUID membershipId = task.membershipId();
            Optional<MembershipSummary> member = membershipId == null ? Optional.empty()
                    : memberships.find(membershipId);
            items.add(new TodayItem("task-" + task.id(), TodayKind.TASK, task.communityId(),
                    communityNames.getOrDefault(task.communityId(), ""), null, task.title(), List.of(task.title()),
                    task.dueAt(), task.dueAt().isBefore(now), TodayNavigation.TODAY_ROUTE, task,
                    member.map(MembershipSummary::memberName).orElse(null),
                    member.map(m -> MembersNavigation.memberPath(m.communityId(), m.id())).orElse(null),
                    task.assigneeId() == null ? null : peopleNames.get(task.assigneeId())));
        }
        return items;
    }
}
