package app.communityops.today;

import static app.communityops.testing.SignedIn.as;
import static app.communityops.testing.SignedIn.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.automation.TaskRequested;
import app.communityops.community.CommunityForm;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunityStatus;
import app.communityops.members.MemberForm;
import app.communityops.members.MemberMatchService;
import app.communityops.members.MemberMatchSummary;
import app.communityops.members.MemberService;
import app.communityops.members.MembershipSummary;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.TenantContext;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.Uuids;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Tasks from rules and by hand: who sees them, what changes them, and what happens when their community changes. */
@IntegrationTest
class TodayTasksTest {

    @Autowired TestTenants tenants;
    @Autowired TodayService today;
    @Autowired CommunityService communities;
    @Autowired MemberService members;
    @Autowired MemberMatchService matches;
    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;

    Fixture tenant;
    TransactionTemplate transactions;

    @BeforeEach
    void setUp() {
        tenant = tenants.create();
        transactions = new TransactionTemplate(transactionManager);
    }

    @Test
    void aRuleRequestOpensOneTaskHoweverOftenItsRunIsRetried() {
        UUID rule = Uuids.v7();
        UUID runId = Uuids.v7();
        Instant due = Instant.now().plus(Duration.ofHours(3));
        for (int attempt = 0; attempt < 3; attempt++) {
            request(new TaskRequested(tenant.tenantId(), rule, "Day 3 check-in", runId, 0, tenant.communityId(),
                    null, "Check in with the new member", due));
        }
        request(new TaskRequested(tenant.tenantId(), rule, "Day 3 check-in", runId, 1, tenant.communityId(), null,
                "Second action of the same run", due));

        List<Task> tasks = tasks(tenant.operator(), TodayFilter.mine());
        assertThat(tasks).extracting(Task::title)
                .containsExactlyInAnyOrder("Check in with the new member", "Second action of the same run");
        assertThat(tasks).allSatisfy(task -> {
            assertThat(task.source()).isEqualTo(TaskSource.RULE);
            assertThat(task.ruleName()).isEqualTo("Day 3 check-in");
            assertThat(task.ruleId()).isEqualTo(rule);
            assertThat(task.assigneeId()).as("for the community's operators").isNull();
        });
    }

    @Test
    void aRequestOfAnotherTenantIsRefusedInsideTheRun() {
        Fixture other = tenants.create();
        assertThatThrownBy(() -> request(new TaskRequested(other.tenantId(), Uuids.v7(), "Rule", Uuids.v7(), 0,
                other.communityId(), null, "Smuggled", Instant.now()))).isInstanceOf(IllegalStateException.class);
        assertThat(tasks(other.admin(), TodayFilter.everyone())).isEmpty();
    }

    @Test
    void anOperatorSeesTheTasksOfTheirCommunitiesAndNoOneElsesWork() {
        Task mine = create(tenant.admin(), tenant.communityId(), "In my community", null);
        Task elsewhere = create(tenant.admin(), tenant.unassignedCommunityId(), "Not my community", null);
        Task forAdmin = create(tenant.admin(), tenant.communityId(), "Handed to the admin", tenant.admin().userId());

        assertThat(tasks(tenant.operator(), TodayFilter.mine())).containsExactly(mine);
        assertThat(tasks(tenant.otherOperator(), TodayFilter.mine())).isEmpty();
        assertThat(tasks(tenant.admin(), TodayFilter.everyone())).containsExactlyInAnyOrder(mine, elsewhere, forAdmin);
        assertThat(tasks(tenant.admin(), TodayFilter.mine())).containsExactly(forAdmin);
        assertThat(tasks(tenant.admin(), new TodayFilter(null, Set.of(), TodayFilter.Whose.OPERATOR,
                tenant.operator().userId()))).as("the operator's list as they see it").containsExactly(mine);
        assertThat(tasks(tenant.admin(), new TodayFilter(tenant.unassignedCommunityId(), Set.of(),
                TodayFilter.Whose.EVERYONE, null))).containsExactly(elsewhere);

        assertThatThrownBy(() -> as(tenant.operator(), () -> today.find(elsewhere.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(tenant.operator(), () -> today.done(elsewhere.id(), elsewhere.version())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(tenant.clientUser(), () -> today.list(TodayFilter.mine())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(tenant.clientUser(), () -> today.find(mine.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(tenant.operator(), today::dueCount)).as("nothing due today yet").isZero();
    }

    @Test
    void theCountInTheNavigationIsWhatIsDueTodayOrOverdue() {
        create(tenant.admin(), tenant.communityId(), "Overdue", null, Instant.now().minus(Duration.ofHours(30)));
        create(tenant.admin(), tenant.communityId(), "Due in a minute", null, Instant.now().plusSeconds(60));
        create(tenant.admin(), tenant.communityId(), "Next week", null, Instant.now().plus(Duration.ofDays(7)));
        Task snoozed = create(tenant.admin(), tenant.communityId(), "Snoozed", null,
                Instant.now().minus(Duration.ofHours(1)));
        run(tenant.operator(), () -> today.snooze(snoozed.id(), snoozed.version(),
                Instant.now().plus(Duration.ofHours(2))));

        // "Due in a minute" is today unless the test runs in the tenant's last minute before midnight.
        assertThat(as(tenant.operator(), today::dueCount)).isBetween(1, 2);
        TodayList list = as(tenant.operator(), () -> today.list(new TodayFilter(null, Set.of(TodayKind.TASK),
                TodayFilter.Whose.MINE, null)));
        assertThat(list.items()).extracting(TodayItem::title).containsExactly("Overdue", "Due in a minute",
                "Next week");
        assertThat(list.items()).extracting(TodayItem::overdue).containsExactly(true, false, false);
        assertThat(list.snoozed()).isEqualTo(1);
    }

    @Test
    void doneSnoozeAndReassignRefuseAVersionSomeoneElseChanged() {
        Task task = create(tenant.operator(), tenant.communityId(), "Welcome Ann", null);

        Task snoozed = as(tenant.operator(), () -> today.snooze(task.id(), task.version(),
                Instant.now().plus(Duration.ofHours(1))));
        assertThat(snoozed.version()).isEqualTo(task.version() + 1);
        assertThatThrownBy(() -> as(tenant.operator(), () -> today.done(task.id(), task.version())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> as(tenant.operator(), () -> today.reassign(task.id(), task.version(), null)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> as(tenant.operator(), () -> today.snooze(task.id(), task.version(),
                Instant.now().plus(Duration.ofHours(2))))).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> as(tenant.operator(), () -> today.snooze(task.id(), snoozed.version(),
                Instant.now().minusSeconds(5)))).isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "today.error.snoozeInPast");

        assertThatThrownBy(() -> as(tenant.operator(), () -> today.reassign(task.id(), snoozed.version(),
                tenant.otherOperator().userId()))).as("not an operator of this community")
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "today.error.notAssignable");
        Task reassigned = as(tenant.operator(), () -> today.reassign(task.id(), snoozed.version(),
                tenant.admin().userId()));
        assertThat(reassigned.assigneeId()).isEqualTo(tenant.admin().userId());
        assertThat(tasks(tenant.operator(), TodayFilter.mine())).as("no longer the operator's").isEmpty();

        Task done = as(tenant.admin(), () -> today.done(task.id(), reassigned.version()));
        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(done.doneBy()).isEqualTo(tenant.admin().userId());
        assertThat(done.doneAt()).isNotNull();
        assertThatThrownBy(() -> as(tenant.admin(), () -> today.done(task.id(), done.version())))
                .isInstanceOf(UserFacingException.class).hasFieldOrPropertyWithValue("messageKey", "today.error.notOpen");
        assertThat(tasks(tenant.admin(), TodayFilter.everyone())).isEmpty();
    }

    @Test
    void aTaskByHandNeedsItsFieldsAndAMemberOfItsCommunity() {
        MembershipSummary ann = as(tenant.operator(), () -> members.addToCommunity(tenant.communityId(),
                member("Ann Example")));
        MembershipSummary bob = as(tenant.admin(), () -> members.addToCommunity(tenant.unassignedCommunityId(),
                member("Bob Elsewhere")));
        Instant due = Instant.now().plus(Duration.ofHours(5));
        assertRefused(new TaskForm(null, "Call", due, null, null), "today.error.communityRequired", "community");
        assertRefused(new TaskForm(tenant.communityId(), "  ", due, null, null), "today.error.titleRequired", "title");
        assertRefused(new TaskForm(tenant.communityId(), "x".repeat(301), due, null, null),
                "today.error.titleTooLong", "title");
        assertRefused(new TaskForm(tenant.communityId(), "Call", null, null, null), "today.error.dueRequired", "due");
        assertRefused(new TaskForm(tenant.communityId(), "Call", due, null, bob.id()),
                "today.error.memberNotInCommunity", "member");
        assertThatThrownBy(() -> as(tenant.operator(), () -> today.create(new TaskForm(tenant.unassignedCommunityId(),
                "Call", due, null, null)))).isInstanceOf(NotFoundException.class);

        Task call = as(tenant.operator(), () -> today.create(new TaskForm(tenant.communityId(), " Call Ann ", due,
                tenant.operator().userId(), ann.id())));
        assertThat(call.title()).isEqualTo("Call Ann");
        assertThat(call.source()).isEqualTo(TaskSource.MANUAL);
        TodayItem item = as(tenant.operator(), () -> today.list(TodayFilter.mine())).items().stream()
                .filter(i -> i.task() != null).findFirst().orElseThrow();
        assertThat(item.memberName()).isEqualTo("Ann Example");
        assertThat(item.memberLink()).isEqualTo("communities/" + tenant.communityId() + "/members?member=" + ann.id());
        assertThat(item.assigneeName()).isEqualTo(tenant.operator().displayName());

        // The member's record removed: the task stays, without the member.
        TenantContext.runAs(tenant.tenantId(), () -> transactions.executeWithoutResult(status -> {
            jdbc.update("delete from membership_event where membership_id = ?", ann.id());
            jdbc.update("delete from membership where id = ?", ann.id());
        }));
        assertThat(as(tenant.operator(), () -> today.find(call.id())).status()).isEqualTo(TaskStatus.OPEN);
        TodayItem without = as(tenant.operator(), () -> today.list(TodayFilter.mine())).items().stream()
                .filter(i -> i.task() != null).findFirst().orElseThrow();
        assertThat(without.title()).isEqualTo("Call Ann");
        assertThat(without.memberName()).isNull();
        assertThat(without.memberLink()).isNull();
    }

    @Test
    void aMergedMembersTaskFollowsThePersonKept() {
        run(tenant.admin(), () -> members.addToCommunity(tenant.unassignedCommunityId(), member("Lin Xiao", "linxiao")));
        MembershipSummary typed = as(tenant.operator(), () -> members.addToCommunity(tenant.communityId(),
                member("Lin X.", "linxiao")));
        Task task = as(tenant.operator(), () -> today.create(new TaskForm(tenant.communityId(), "Welcome Lin",
                Instant.now().plus(Duration.ofHours(4)), null, typed.id())));
        MemberMatchSummary match = as(tenant.admin(), matches::open).getFirst();

        run(tenant.admin(), () -> matches.merge(match.id(), match.version()));

        TodayItem item = as(tenant.operator(), () -> today.list(TodayFilter.mine())).items().stream()
                .filter(i -> i.task() != null && i.task().id().equals(task.id())).findFirst().orElseThrow();
        assertThat(item.memberName()).isEqualTo("Lin Xiao");
        assertThat(item.memberLink()).endsWith("?member=" + typed.id());
    }

    @Test
    void anUnassignedOperatorsTasksGoToTheRemainingOperatorsThenToTheAdmin() {
        AppPrincipal second = tenants.operatorOfCommunity(tenant, "second");
        Task held = create(tenant.admin(), tenant.communityId(), "Held by the first operator",
                tenant.operator().userId());
        Task shared = create(tenant.admin(), tenant.communityId(), "Shared", null);

        changeOperators(Set.of(second.userId()));
        assertThat(as(tenant.admin(), () -> today.find(held.id())).assigneeId()).as("back to the operators").isNull();
        assertThat(tasks(second, TodayFilter.mine())).containsExactlyInAnyOrder(held, shared);

        changeOperators(Set.of());
        assertThat(as(tenant.admin(), () -> today.find(held.id())).assigneeId()).isEqualTo(tenant.admin().userId());
        assertThat(as(tenant.admin(), () -> today.find(shared.id())).assigneeId()).isEqualTo(tenant.admin().userId());
        assertThat(tasks(tenant.admin(), TodayFilter.mine())).containsExactlyInAnyOrder(held, shared);
    }

    @Test
    void archivingACommunityCancelsItsOpenTasks() {
        Task open = create(tenant.admin(), tenant.communityId(), "Still open", null);
        Task done = create(tenant.admin(), tenant.communityId(), "Done before", null);
        run(tenant.operator(), () -> today.done(done.id(), done.version()));

        run(tenant.admin(), () -> {
            CommunityForm form = CommunityForm.of(communities.readable(tenant.communityId()));
            form.setStatus(CommunityStatus.ARCHIVED);
            communities.update(tenant.communityId(), communities.readable(tenant.communityId()).version(), form);
        });

        Task cancelled = as(tenant.admin(), () -> today.find(open.id()));
        assertThat(cancelled.status()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo(TaskInbox.ARCHIVED);
        assertThat(as(tenant.admin(), () -> today.find(done.id())).status()).isEqualTo(TaskStatus.DONE);
        assertThat(tasks(tenant.admin(), TodayFilter.everyone())).isEmpty();
        assertThatThrownBy(() -> as(tenant.admin(), () -> today.create(new TaskForm(tenant.communityId(), "Late",
                Instant.now(), null, null)))).hasFieldOrPropertyWithValue("messageKey", "today.error.communityArchived");
    }

    private void changeOperators(Set<UUID> operators) {
        run(tenant.admin(), () -> {
            CommunityForm form = CommunityForm.of(communities.readable(tenant.communityId()));
            form.setOperatorIds(new HashSet<>(operators));
            communities.update(tenant.communityId(), communities.readable(tenant.communityId()).version(), form);
        });
    }

    private void assertRefused(TaskForm form, String key, String field) {
        assertThatThrownBy(() -> as(tenant.operator(), () -> today.create(form))).as(key)
                .isInstanceOf(UserFacingException.class).hasFieldOrPropertyWithValue("messageKey", key)
                .hasFieldOrPropertyWithValue("field", field);
    }

    private void request(TaskRequested request) {
        run(tenant.admin(), () -> transactions.executeWithoutResult(status -> events.publishEvent(request)));
    }

    private Task create(AppPrincipal user, UUID community, String title, @Nullable UUID assignee) {
        return create(user, community, title, assignee, Instant.now().plus(Duration.ofDays(2)));
    }

    private Task create(AppPrincipal user, UUID community, String title, @Nullable UUID assignee, Instant due) {
        return as(user, () -> today.create(new TaskForm(community, title, due, assignee, null)));
    }

    private List<Task> tasks(AppPrincipal user, TodayFilter filter) {
        return as(user, () -> today.list(filter)).items().stream().map(TodayItem::task)
                .filter(java.util.Objects::nonNull).toList();
    }

    static MemberForm member(String name) {
        MemberForm form = new MemberForm();
        form.setName(name);
        return form;
    }

    static MemberForm member(String name, String handle) {
        MemberForm form = member(name);
        form.setHandle(handle);
        return form;
    }
}
