package app.communityops.today;

import static app.communityops.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.shared.AppPrincipal;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.TenantContext;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Everyone who must not reach a community's tasks tries: another tenant (through the services and through raw SQL
 * under its own tenant setting), an operator of another community of the same tenant.
 */
@IntegrationTest
class TodayIsolationTest {

    record Call(String name, Function<Task, Object> work) {
    }

    @Autowired TestTenants tenants;
    @Autowired TodayService today;
    @Autowired ServiceLevelService levels;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;

    Fixture tenant;
    Fixture other;
    Task task;
    List<Call> calls;

    @BeforeEach
    void openOne() {
        tenant = tenants.create();
        other = tenants.create();
        task = as(tenant.operator(), () -> today.create(new TaskForm(tenant.communityId(), "Secret follow-up",
                Instant.now().minus(Duration.ofHours(1)), null, null)));
        calls = List.of(
                new Call("find", t -> today.find(t.id())),
                new Call("done", t -> today.done(t.id(), t.version())),
                new Call("snooze", t -> today.snooze(t.id(), t.version(), Instant.now().plus(Duration.ofHours(1)))),
                new Call("reassign", t -> today.reassign(t.id(), t.version(), null)),
                new Call("assignees", t -> today.assignees(t.communityId())),
                new Call("create", t -> today.create(new TaskForm(t.communityId(), "Planted", Instant.now(), null,
                        null))));
    }

    @Test
    void anotherTenantFindsNothingThroughTheServices() {
        assertRefusedToAll(other.admin());
        assertThat(as(other.admin(), () -> today.list(TodayFilter.everyone())).items()).isEmpty();
        assertThat(as(other.admin(), today::dueCount)).isZero();
        assertThat(as(other.admin(), () -> levels.of(java.time.LocalDate.now().minusDays(1),
                java.time.LocalDate.now().plusDays(1))).isEmpty()).isTrue();
        assertThatThrownBy(() -> as(other.admin(), () -> levels.ofCommunity(tenant.communityId(),
                java.time.LocalDate.now(), java.time.LocalDate.now()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anOperatorOfAnotherCommunityFindsNothing() {
        assertRefusedToAll(tenant.otherOperator());
        assertThat(as(tenant.otherOperator(), () -> today.list(TodayFilter.mine())).items()).isEmpty();
    }

    @Test
    void rawSqlUnderAnotherTenantNeitherSeesNorChangesNorPlantsTasks() {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        TenantContext.runAs(other.tenantId(), () -> transactions.executeWithoutResult(status -> {
            assertThat(jdbc.queryForObject("select count(*) from today_task where id = ?", Integer.class, task.id()))
                    .isZero();
            assertThat(jdbc.update("update today_task set title = 'changed' where id = ?", task.id())).isZero();
            assertThat(jdbc.update("delete from today_task where id = ?", task.id())).isZero();
        }));
        assertThatThrownBy(() -> TenantContext.runAs(other.tenantId(), () -> transactions.executeWithoutResult(
                status -> jdbc.update("""
                        insert into today_task (tenant_id, id, community_id, title, source, due_at, status, created_at,
                                                version)
                        values (?, ?, ?, 'planted', 'MANUAL', ?, 'OPEN', now(), 0)""", tenant.tenantId(),
                        UUID.randomUUID(), tenant.communityId(), Timestamp.from(Instant.now())))))
                .isInstanceOf(DataAccessException.class);
        assertThat(as(tenant.operator(), () -> today.find(task.id())).title()).isEqualTo("Secret follow-up");
    }

    private void assertRefusedToAll(AppPrincipal intruder) {
        for (Call call : calls) {
            assertThatThrownBy(() -> as(intruder, () -> call.work().apply(task))).as(call.name())
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(as(tenant.operator(), () -> today.find(task.id())).status()).isEqualTo(TaskStatus.OPEN);
    }
}
