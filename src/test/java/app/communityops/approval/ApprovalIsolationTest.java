package app.communityops.approval;

import static app.communityops.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.content.ContentCategory;
import app.communityops.content.ContentDetails;
import app.communityops.content.ContentForm;
import app.communityops.content.ContentService;
import app.communityops.content.ContentStatus;
import app.communityops.security.AccountForm;
import app.communityops.security.AccountRole;
import app.communityops.security.AccountService;
import app.communityops.security.AccountSummary;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import app.communityops.shared.TenantContext;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Everyone who must not reach a community's approvals tries: another tenant (through the services and through
 * raw SQL under its own tenant setting), an operator of another community, a user of another client, and client
 * users for the settings.
 */
@IntegrationTest
class ApprovalIsolationTest {

    record Call(String name, Function<ApprovalSummary, Object> work) {
    }

    @Autowired TestTenants tenants;
    @Autowired ApprovalService approvals;
    @Autowired ApprovalPolicyService policies;
    @Autowired ContentService content;
    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;

    Fixture tenant;
    ApprovalSummary request;
    List<Call> calls;

    @BeforeEach
    void submitOne() {
        tenant = tenants.create();
        as(tenant.admin(), () -> policies.saveForClient(tenant.clientId(), -1,
                new ApprovalSettings(true, true, List.of(ApprovalStep.CLIENT_USERS))));
        ContentForm form = new ContentForm();
        form.setCommunityIds(new LinkedHashSet<>(List.of(tenant.communityId())));
        form.setCategory(ContentCategory.DEEP_DIVE);
        form.setTitle("Secret plan");
        form.setBody("Not for other eyes");
        ContentDetails idea = as(tenant.operator(), () -> content.create(form));
        ContentDetails draft = as(tenant.operator(), () -> content.move(idea.id(), idea.version(), ContentStatus.DRAFT));
        as(tenant.operator(), () -> content.submitForApproval(draft.id(), draft.version()));
        request = as(tenant.clientUser(), approvals::waitingForMe).getFirst();
        calls = List.of(
                new Call("find", r -> approvals.find(r.id())),
                new Call("decide", r -> approvals.decide(r.id(), r.version(), true, "")),
                new Call("required", r -> approvals.required(SubjectType.CONTENT, r.communityId())),
                new Call("policy.forCommunity", r -> policies.forCommunity(r.communityId())));
    }

    @Test
    void anotherTenantFindsNothingOfOurs() {
        Fixture other = tenants.create();
        for (Call call : calls) {
            assertThatThrownBy(() -> as(other.admin(), () -> call.work().apply(request))).as(call.name())
                    .isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> as(other.admin(), () -> policies.forClient(tenant.clientId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(other.admin(), () -> policies.saveForCommunity(tenant.communityId(), -1,
                ApprovalSettings.NONE))).isInstanceOf(NotFoundException.class);
        assertThat(as(other.admin(), approvals::waitingForMe)).isEmpty();
        assertThat(as(other.admin(), () -> approvals.latest(SubjectType.CONTENT, List.of(request.subjectId()))))
                .isEmpty();
        assertThat(as(other.admin(), () -> approvals.history(SubjectType.CONTENT, request.subjectId()))).isEmpty();
        assertThat(as(other.admin(), () -> policies.overview()).clients()).doesNotContainKey(tenant.clientId());
    }

    @Test
    void anOperatorOfAnotherCommunityAndAnotherClientsUserFindNothing() {
        AppPrincipal otherClientsUser = user(tenant.otherClientId());
        for (AppPrincipal outsider : List.of(tenant.otherOperator(), otherClientsUser)) {
            for (Call call : calls) {
                assertThatThrownBy(() -> as(outsider, () -> call.work().apply(request)))
                        .as("%s as %s", call.name(), outsider.email()).isInstanceOf(NotFoundException.class);
            }
            assertThat(as(outsider, approvals::waitingForMe)).isEmpty();
            assertThat(as(outsider, () -> approvals.history(SubjectType.CONTENT, request.subjectId()))).isEmpty();
        }
    }

    @Test
    void clientUsersAndOperatorsCannotChangeTheSettings() {
        for (AppPrincipal user : List.of(tenant.clientUser(), tenant.operator())) {
            assertThatThrownBy(() -> as(user, () -> policies.saveForClient(tenant.clientId(), 0,
                    ApprovalSettings.NONE))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> policies.saveForCommunity(tenant.communityId(), -1,
                    ApprovalSettings.NONE))).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as(tenant.clientUser(), () -> approvals.submittedByMe()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void rawSqlUnderAnotherTenantSeesAndChangesNothing() {
        Fixture other = tenants.create();
        TenantContext.runAs(other.tenantId(), () -> new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> {
                    for (String table : List.of("approval_policy", "approval_request", "approval_event")) {
                        assertThat(jdbc.queryForObject("select count(*) from " + table + " where tenant_id = ?",
                                Long.class, tenant.tenantId())).as(table).isZero();
                    }
                    assertThat(jdbc.update("update approval_request set status = 'APPROVED' where id = ?",
                            request.id())).isZero();
                    assertThat(jdbc.update("delete from approval_policy where tenant_id = ?", tenant.tenantId()))
                            .isZero();
                    assertThatThrownBy(() -> jdbc.update("""
                            insert into approval_event (tenant_id, id, request_id, action, actor_name, occurred_at)
                            values (?, ?, ?, 'APPROVED', 'Intruder', ?)""", tenant.tenantId(), UUID.randomUUID(),
                            request.id(), Timestamp.from(Instant.now()))).isInstanceOf(DataAccessException.class);
                }));
        ApprovalDetails ours = as(tenant.clientUser(), () -> approvals.find(request.id()));
        assertThat(ours.summary().status()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(ours.events()).extracting(ApprovalEvent::action).containsExactly(ApprovalAction.SUBMITTED);
    }

    private AppPrincipal user(UUID clientId) {
        AccountForm form = new AccountForm();
        form.setEmail("outsider-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test");
        form.setDisplayName("Outsider");
        form.setRole(AccountRole.CLIENT);
        form.setClientId(clientId);
        AccountSummary created = as(tenant.admin(), () -> accounts.create(form, TestTenants.PASSWORD + "-long-enough"));
        return new AppPrincipal(created.id(), tenant.tenantId(), clientId, created.email(), "Outsider", Roles.CLIENT,
                Locale.ENGLISH);
    }
}
