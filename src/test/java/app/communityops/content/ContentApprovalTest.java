package app.communityops.content;

import static app.communityops.content.ContentFixtures.form;
import static app.communityops.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.approval.ApprovalAction;
import app.communityops.approval.ApprovalDetails;
import app.communityops.approval.ApprovalEvent;
import app.communityops.approval.ApprovalPolicyService;
import app.communityops.approval.ApprovalService;
import app.communityops.approval.ApprovalSettings;
import app.communityops.approval.ApprovalState;
import app.communityops.approval.ApprovalStatus;
import app.communityops.approval.ApprovalStep;
import app.communityops.approval.ApprovalSummary;
import app.communityops.calendar.CalendarEntry;
import app.communityops.calendar.CalendarQuery;
import app.communityops.notification.NotificationItem;
import app.communityops.notification.NotificationService;
import app.communityops.notification.WaitingForClient;
import app.communityops.security.AccountForm;
import app.communityops.security.AccountRole;
import app.communityops.security.AccountService;
import app.communityops.security.AccountSummary;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import app.communityops.shared.TenantContext;
import app.communityops.shared.UserFacingException;
import app.communityops.tenancy.TenantZone;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Content under a client's approval policy: refused scheduling until approved, each step by its group, the
 * version rule, changes requested, two approvers at once, approvers who lost access, withdrawal, and the record
 * each step leaves (history, audit log, notifications).
 */
@IntegrationTest
class ContentApprovalTest {

    @Autowired TestTenants tenants;
    @Autowired ContentService content;
    @Autowired ApprovalService approvals;
    @Autowired ApprovalPolicyService policies;
    @Autowired NotificationService notifications;
    @Autowired AccountService accounts;
    @Autowired TenantZone zones;
    @Autowired ContentCalendarSource calendar;
    @Autowired List<WaitingForClient> waiting;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;

    Fixture tenant;
    LocalDateTime tomorrow;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
        ZoneId zone = as(tenant.admin(), zones::current);
        tomorrow = LocalDateTime.now(zone).plusDays(1).truncatedTo(ChronoUnit.MINUTES);
        requireForClient(ApprovalStep.OPERATORS, ApprovalStep.CLIENT_USERS);
    }

    @Test
    void withoutAPolicyItemsAreScheduledAsBefore() {
        as(tenant.admin(), () -> policies.saveForClient(tenant.clientId(), 0, ApprovalSettings.NONE));
        ContentDetails item = inReview("Free");
        assertThat(as(tenant.operator(), () -> content.approval(item.id())).state())
                .isEqualTo(ApprovalState.NOT_REQUIRED);
        assertThat(as(tenant.operator(), () -> content.move(item.id(), item.version(), ContentStatus.SCHEDULED))
                .status()).isEqualTo(ContentStatus.SCHEDULED);
    }

    @Test
    void schedulingWaitsForEveryStepThenTheApprovedItemIsScheduled() {
        ContentDetails draft = draft("Launch post");
        ContentDetails review = as(tenant.operator(),
                () -> content.move(draft.id(), draft.version(), ContentStatus.IN_REVIEW));
        assertRefused(tenant.operator(), () -> content.move(review.id(), review.version(), ContentStatus.SCHEDULED),
                "content.error.approvalRequired");

        ContentDetails submitted = as(tenant.operator(), () -> content.submitForApproval(review.id(), review.version()));
        assertThat(as(tenant.operator(), () -> content.approval(draft.id())).state()).isEqualTo(ApprovalState.PENDING);
        ApprovalSummary atOperators = only(tenant.operator());
        assertThat(atOperators.waitingFor()).isEqualTo(ApprovalStep.OPERATORS);
        assertThat(as(tenant.clientUser(), approvals::waitingForMe)).isEmpty();
        assertRefused(tenant.operator(), () -> content.move(submitted.id(), submitted.version(),
                ContentStatus.SCHEDULED), "content.error.approvalRequired");

        as(tenant.operator(), () -> approvals.decide(atOperators.id(), atOperators.version(), true, ""));
        ApprovalSummary atClient = only(tenant.clientUser());
        assertThat(atClient.waitingFor()).isEqualTo(ApprovalStep.CLIENT_USERS);
        assertThat(landingPage(tenant.clientUser()))
                .containsExactly(new WaitingForClient.WaitingEntry("approval.waiting.count", 1, "approvals"));
        assertThat(landingPage(tenant.operator())).isEmpty();
        assertThat(noticesOf(tenant.clientUser())).extracting(NotificationItem::kind).contains("approval.notice.due");
        ApprovalDetails seenByClient = as(tenant.clientUser(), () -> approvals.find(atClient.id()));
        assertThat(seenByClient.canDecide()).isTrue();
        assertThat(seenByClient.previewHtml()).contains("Body of Launch post");

        ApprovalSummary decided = as(tenant.clientUser(),
                () -> approvals.decide(atClient.id(), atClient.version(), true, "Looks good"));
        assertThat(decided.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(noticesOf(tenant.operator())).extracting(NotificationItem::kind)
                .contains("approval.notice.approved");
        ContentDetails approved = current(draft.id());
        assertThat(as(tenant.operator(), () -> content.move(approved.id(), approved.version(), ContentStatus.SCHEDULED))
                .status()).isEqualTo(ContentStatus.SCHEDULED);

        List<ApprovalEvent> history = as(tenant.operator(), () -> content.approval(draft.id())).history();
        assertThat(history).extracting(ApprovalEvent::action, ApprovalEvent::approver, ApprovalEvent::actorName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ApprovalAction.SUBMITTED, null,
                                tenant.operator().displayName()),
                        org.assertj.core.groups.Tuple.tuple(ApprovalAction.APPROVED, ApprovalStep.OPERATORS,
                                tenant.operator().displayName()),
                        org.assertj.core.groups.Tuple.tuple(ApprovalAction.APPROVED, ApprovalStep.CLIENT_USERS,
                                tenant.clientUser().displayName()));
        assertThat(history.getLast().comment()).isEqualTo("Looks good");
        assertThat(auditActions(atClient.id())).containsExactly("SUBMITTED", "APPROVED", "APPROVED");
    }

    @Test
    void theCalendarShowsStaffTheApprovalStateOfEachEntry() {
        ContentDetails approved = approvedItem("On the calendar, approved");
        ContentDetails waiting = submitted("On the calendar, waiting");
        ContentDetails unsubmitted = inReview("On the calendar, not submitted");
        CalendarQuery query = new CalendarQuery(java.util.Set.of(tenant.communityId()), java.time.Instant.now(),
                java.time.Instant.now().plus(java.time.Duration.ofDays(3)), java.util.Set.of(), java.util.Set.of());
        java.util.Map<String, CalendarEntry> entries = new java.util.HashMap<>();
        as(tenant.operator(), () -> calendar.entries(query)).forEach(entry -> entries.put(entry.id(), entry));
        assertThat(entries.get(waiting.id().toString()).status()).isEqualTo("in_review-pending");
        assertThat(entries.get(waiting.id().toString()).statusLabelKey())
                .isEqualTo("content.calendar.approval.IN_REVIEW.PENDING");
        assertThat(entries.get(approved.id().toString()).status()).isEqualTo("in_review-approved");
        assertThat(entries.get(unsubmitted.id().toString()).status()).isEqualTo("in_review-not_submitted");
        assertThat(as(tenant.operator(), () -> calendar.entries(new CalendarQuery(query.communityIds(), query.from(),
                query.to(), java.util.Set.of(), java.util.Set.of("in_review-approved")))))
                .extracting(CalendarEntry::id).containsExactly(approved.id().toString());
        assertThat(as(tenant.operator(), () -> calendar.entries(new CalendarQuery(query.communityIds(), query.from(),
                query.to(), java.util.Set.of(), java.util.Set.of("in_review"))))).hasSize(3);
    }

    @Test
    void anApprovedItemEditedAgainNeedsApprovalAgain() {
        ContentDetails approved = approvedItem("Approved once");
        ContentDetails scheduled = as(tenant.operator(),
                () -> content.move(approved.id(), approved.version(), ContentStatus.SCHEDULED));
        // Moving the time alone changes nothing the audience reads: still approved.
        ContentDetails moved = as(tenant.operator(),
                () -> content.reschedule(scheduled.id(), scheduled.version(), scheduled.publishAt().plusSeconds(3600)));
        assertThat(as(tenant.operator(), () -> content.approval(moved.id())).state()).isEqualTo(ApprovalState.APPROVED);

        ContentForm edited = form(tenant.communityId(), "Approved once, then changed", tomorrow.plusHours(1));
        ContentDetails after = as(tenant.operator(), () -> content.update(moved.id(), moved.version(), edited));
        assertThat(after.status()).as("a scheduled item goes back to draft").isEqualTo(ContentStatus.DRAFT);
        assertThat(as(tenant.operator(), () -> content.approval(after.id())).state())
                .isEqualTo(ApprovalState.NOT_SUBMITTED);
        ContentDetails review = as(tenant.operator(),
                () -> content.move(after.id(), after.version(), ContentStatus.IN_REVIEW));
        assertRefused(tenant.operator(), () -> content.move(review.id(), review.version(), ContentStatus.SCHEDULED),
                "content.error.approvalRequired");
    }

    @Test
    void editingAnItemWhileItWaitsWithdrawsItsRequest() {
        ContentDetails submitted = submitted("Waiting");
        ApprovalSummary request = only(tenant.operator());
        as(tenant.operator(), () -> content.update(submitted.id(), submitted.version(),
                form(tenant.communityId(), "Waiting, reworded", tomorrow)));
        assertThat(as(tenant.operator(), approvals::waitingForMe)).isEmpty();
        assertRefused(tenant.operator(), () -> approvals.decide(request.id(), request.version(), true, ""),
                "approval.error.decidedMeanwhile");
        assertThat(as(tenant.operator(), () -> content.approval(submitted.id())).history())
                .extracting(ApprovalEvent::action).containsExactly(ApprovalAction.SUBMITTED, ApprovalAction.WITHDRAWN);
    }

    @Test
    void archivingAnItemWithdrawsItsRequest() {
        ContentDetails submitted = submitted("Archived while waiting");
        ContentDetails fresh = current(submitted.id());
        as(tenant.operator(), () -> content.move(fresh.id(), fresh.version(), ContentStatus.ARCHIVED));
        assertThat(as(tenant.operator(), approvals::waitingForMe)).isEmpty();
        assertThat(as(tenant.operator(), approvals::submittedByMe)).extracting(ApprovalSummary::status)
                .containsExactly(ApprovalStatus.WITHDRAWN);
    }

    @Test
    void askingForChangesNeedsACommentAndSendsTheItemBackToDraft() {
        ContentDetails item = submitted("Needs work");
        ApprovalSummary request = only(tenant.operator());
        assertRefused(tenant.operator(), () -> approvals.decide(request.id(), request.version(), false, "  "),
                "approval.error.commentRequired");
        as(tenant.operator(), () -> approvals.decide(request.id(), request.version(), false, "Shorter, please"));
        assertThat(current(item.id()).status()).isEqualTo(ContentStatus.DRAFT);
        ContentApproval approval = as(tenant.operator(), () -> content.approval(item.id()));
        assertThat(approval.state()).isEqualTo(ApprovalState.CHANGES_REQUESTED);
        assertThat(approval.history().getLast().comment()).isEqualTo("Shorter, please");
        assertThat(noticesOf(tenant.operator())).extracting(NotificationItem::kind)
                .contains("approval.notice.changesRequested");
        assertThat(auditActions(request.id())).containsExactly("SUBMITTED", "CHANGES_REQUESTED");
    }

    @Test
    void aClientAskingForChangesSendsTheItemBackToDraftAsTheClient() {
        ContentDetails item = submitted("Client says no");
        ApprovalSummary atOperators = only(tenant.operator());
        as(tenant.operator(), () -> approvals.decide(atOperators.id(), atOperators.version(), true, ""));
        ApprovalSummary atClient = only(tenant.clientUser());
        as(tenant.clientUser(), () -> approvals.decide(atClient.id(), atClient.version(), false, "Wrong logo"));
        assertThat(current(item.id()).status()).isEqualTo(ContentStatus.DRAFT);
        assertThat(as(tenant.operator(), () -> content.transitions(item.id())).getLast().actorName())
                .isEqualTo(tenant.clientUser().displayName());
        assertThat(noticesOf(tenant.operator())).extracting(NotificationItem::kind)
                .contains("approval.notice.changesRequested");
    }

    @Test
    void twoApproversAtOnceOneWinsTheOtherIsTold() {
        AppPrincipal secondClient = clientUser("second");
        ContentDetails item = submitted("Race");
        ApprovalSummary atOperators = only(tenant.operator());
        as(tenant.operator(), () -> approvals.decide(atOperators.id(), atOperators.version(), true, ""));
        ApprovalSummary seenByFirst = only(tenant.clientUser());
        ApprovalSummary seenBySecond = only(secondClient);
        assertThat(seenBySecond.version()).isEqualTo(seenByFirst.version());

        as(tenant.clientUser(), () -> approvals.decide(seenByFirst.id(), seenByFirst.version(), true, ""));
        assertRefused(secondClient, () -> approvals.decide(seenBySecond.id(), seenBySecond.version(), false,
                "Too late"), "approval.error.decidedMeanwhile");
        assertThat(as(tenant.operator(), () -> content.approval(item.id())).state()).isEqualTo(ApprovalState.APPROVED);
    }

    @Test
    void twoApproversDecidingInTheSameInstantOneWinsTheOtherIsTold() throws Exception {
        AppPrincipal secondClient = clientUser("simultaneous");
        submitted("Truly at once");
        ApprovalSummary atOperators = only(tenant.operator());
        as(tenant.operator(), () -> approvals.decide(atOperators.id(), atOperators.version(), true, ""));
        ApprovalSummary seen = only(tenant.clientUser());
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
            for (AppPrincipal approver : List.of(tenant.clientUser(), secondClient)) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        as(approver, () -> approvals.decide(seen.id(), seen.version(), approver == secondClient,
                                approver == secondClient ? "" : "Not like this"));
                        return "decided";
                    } catch (UserFacingException refused) {
                        return refused.messageKey();
                    }
                }));
            }
            List<String> results = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<String> outcome : outcomes) {
                results.add(outcome.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(results).containsExactlyInAnyOrder("decided", "approval.error.decidedMeanwhile");
        } finally {
            pool.shutdownNow();
        }
        assertThat(as(tenant.operator(), () -> approvals.find(seen.id())).events())
                .filteredOn(event -> event.approver() == ApprovalStep.CLIENT_USERS).hasSize(1);
    }

    @Test
    void onlyTheStepsGroupDecides() {
        submitted("Whose turn");
        ApprovalSummary request = only(tenant.operator());
        assertRefused(tenant.admin(), () -> approvals.decide(request.id(), request.version(), true, ""),
                "approval.error.notYourStep");
        assertThatThrownBy(() -> as(tenant.clientUser(), () -> approvals.decide(request.id(), request.version(), true,
                ""))).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> as(tenant.otherOperator(), () -> approvals.find(request.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aClientUserWhoLostAccessCannotDecide() {
        ContentDetails item = submitted("Lost access");
        ApprovalSummary atOperators = only(tenant.operator());
        as(tenant.operator(), () -> approvals.decide(atOperators.id(), atOperators.version(), true, ""));
        ApprovalSummary atClient = only(tenant.clientUser());

        AccountSummary account = as(tenant.admin(), () -> accounts.find(List.of(tenant.clientUser().userId()))).getFirst();
        as(tenant.admin(), () -> accounts.setEnabled(account.id(), account.version(), false));
        assertRefused(tenant.clientUser(), () -> approvals.decide(atClient.id(), atClient.version(), true, ""),
                "approval.error.accessWithdrawn");

        AppPrincipal other = clientUser("stays");
        inTenant(() -> jdbc.update("update community set client_id = ? where id = ?", tenant.otherClientId(),
                tenant.communityId()));
        assertThatThrownBy(() -> as(other, () -> approvals.decide(atClient.id(), atClient.version(), true, "")))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(tenant.operator(), () -> approvals.find(atClient.id())).summary().status())
                .isEqualTo(ApprovalStatus.PENDING);
        assertThat(item.status()).isEqualTo(ContentStatus.IN_REVIEW);
    }

    @Test
    void aCommunitysOwnSettingOverridesItsClients() {
        as(tenant.admin(), () -> policies.saveForCommunity(tenant.communityId(), -1,
                new ApprovalSettings(false, true, List.of(ApprovalStep.TENANT_ADMINS))));
        ContentDetails item = inReview("Community says no approval");
        assertThat(as(tenant.operator(), () -> content.move(item.id(), item.version(), ContentStatus.SCHEDULED))
                .status()).isEqualTo(ContentStatus.SCHEDULED);
        long own = as(tenant.admin(), () -> policies.forCommunity(tenant.communityId())).version();
        as(tenant.admin(), () -> policies.inheritForCommunity(tenant.communityId(), own));
        assertThat(as(tenant.operator(), () -> approvals.required(
                app.communityops.approval.SubjectType.CONTENT, tenant.communityId()))).isTrue();
    }

    @Test
    void anOpenRequestKeepsTheStepsItWasSubmittedWith() {
        submitted("Policy changes later");
        long version = as(tenant.admin(), () -> policies.forClient(tenant.clientId())).version();
        as(tenant.admin(), () -> policies.saveForClient(tenant.clientId(), version,
                new ApprovalSettings(true, false, List.of(ApprovalStep.TENANT_ADMINS))));
        ApprovalSummary request = only(tenant.operator());
        assertThat(request.steps()).containsExactly(ApprovalStep.OPERATORS, ApprovalStep.CLIENT_USERS);
        assertThat(as(tenant.admin(), approvals::waitingForMe)).isEmpty();
    }

    @Test
    void aPolicyIsCheckedBeforeItIsSaved() {
        long version = as(tenant.admin(), () -> policies.forClient(tenant.clientId())).version();
        assertRefused(tenant.admin(), () -> policies.saveForClient(tenant.clientId(), version,
                new ApprovalSettings(true, false, List.of())), "approval.error.noSteps");
        assertRefused(tenant.admin(), () -> policies.saveForClient(tenant.clientId(), version,
                new ApprovalSettings(true, false, List.of(ApprovalStep.OPERATORS, ApprovalStep.OPERATORS))),
                "approval.error.repeatedStep");
        assertThatThrownBy(() -> as(tenant.admin(), () -> policies.saveForClient(tenant.clientId(), version - 1,
                ApprovalSettings.NONE))).isInstanceOf(app.communityops.shared.ConcurrentEditException.class);
    }

    private void requireForClient(ApprovalStep... steps) {
        as(tenant.admin(), () -> policies.saveForClient(tenant.clientId(), -1,
                new ApprovalSettings(true, true, List.of(steps))));
    }

    private ContentDetails draft(String title) {
        ContentDetails idea = as(tenant.operator(), () -> content.create(form(tenant.communityId(), title, tomorrow)));
        return as(tenant.operator(), () -> content.move(idea.id(), idea.version(), ContentStatus.DRAFT));
    }

    private ContentDetails inReview(String title) {
        ContentDetails draft = draft(title);
        return as(tenant.operator(), () -> content.move(draft.id(), draft.version(), ContentStatus.IN_REVIEW));
    }

    private ContentDetails submitted(String title) {
        ContentDetails draft = draft(title);
        return as(tenant.operator(), () -> content.submitForApproval(draft.id(), draft.version()));
    }

    private ContentDetails approvedItem(String title) {
        ContentDetails item = submitted(title);
        ApprovalSummary atOperators = only(tenant.operator());
        as(tenant.operator(), () -> approvals.decide(atOperators.id(), atOperators.version(), true, ""));
        ApprovalSummary atClient = only(tenant.clientUser());
        as(tenant.clientUser(), () -> approvals.decide(atClient.id(), atClient.version(), true, ""));
        return current(item.id());
    }

    private ContentDetails current(UUID id) {
        return as(tenant.operator(), () -> content.find(tenant.communityId(), id));
    }

    private ApprovalSummary only(AppPrincipal user) {
        List<ApprovalSummary> waiting = as(user, approvals::waitingForMe);
        assertThat(waiting).as("waiting for %s", user.role()).hasSize(1);
        return waiting.getFirst();
    }

    /** The approvals' lines among what the client's landing page lists from every feature's contribution. */
    private List<WaitingForClient.WaitingEntry> landingPage(AppPrincipal user) {
        return as(user, () -> waiting.stream().flatMap(source -> source.waitingForMe().stream())
                .filter(entry -> entry.labelKey().startsWith("approval.")).toList());
    }

    private List<NotificationItem> noticesOf(AppPrincipal user) {
        return as(user, notifications::list);
    }

    private List<String> auditActions(UUID requestId) {
        return inTenant(() -> jdbc.queryForList("""
                select changes ->> 'action' from audit_entry where entity_type = 'approval_request' and entity_id = ?
                order by occurred_at, id""", String.class, requestId.toString()));
    }

    private AppPrincipal clientUser(String name) {
        AccountForm form = new AccountForm();
        form.setEmail(name + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test");
        form.setDisplayName(name);
        form.setRole(AccountRole.CLIENT);
        form.setClientId(tenant.clientId());
        AccountSummary created = as(tenant.admin(), () -> accounts.create(form, TestTenants.PASSWORD + "-long-enough"));
        return new AppPrincipal(created.id(), tenant.tenantId(), tenant.clientId(), created.email(), name,
                Roles.CLIENT, Locale.ENGLISH);
    }

    private <T> T inTenant(Supplier<T> work) {
        return TenantContext.callAs(tenant.tenantId(),
                () -> new TransactionTemplate(transactionManager).execute(status -> work.get()));
    }

    private static void assertRefused(AppPrincipal user, Supplier<?> call, String key) {
        assertThatThrownBy(() -> as(user, call)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo(key);
    }
}
