package app.communityops.automation;

import static app.communityops.automation.AutomationTestData.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.members.MemberTestData;
import app.communityops.members.MemberTestData.Spec;
import app.communityops.members.MembershipStatus;
import app.communityops.shared.NotFoundException;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Tenant B's staff and jobs neither see nor change tenant A's signals and runs, through the services or raw SQL. */
@IntegrationTest
class AutomationIsolationTest {

    private static final List<String> TABLES = List.of("automation_signal", "automation_run");

    @Autowired
    TestTenants tenants;
    @Autowired
    MemberTestData members;
    @Autowired
    AutomationTestData data;
    @Autowired
    AutomationWork work;
    @Autowired
    RunLogService runLog;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    Fixture a;
    Fixture b;
    UUID aRun;

    @BeforeEach
    void aTenantWithARun() {
        a = tenants.create();
        b = tenants.create();
        UUID rule = data.rule(a.tenantId(), a.communityId(), "A's rule",
                when(RuleTrigger.of(TriggerKind.MEMBER_JOINED), List.of(), new RuleAction(ActionKind.NOTIFY, "x", null)));
        UUID membership = members.add(a.tenantId(), a.communityId(),
                List.of(Spec.of("Ada", "ada", MembershipStatus.JOINED))).getFirst();
        data.signal(a.tenantId(), SignalKind.MEMBER_JOINED, a.communityId(), membership, Map.of(), Instant.now());
        work.run(a.tenantId());
        aRun = data.runs(a.tenantId(), rule).getFirst().id();
    }

    @Test
    void servicesAndJobsOfTheOtherTenantFindNothing() {
        SignedIn.run(b.admin(), () -> {
            assertThat(runLog.page(null, null, 0, 50)).isEmpty();
            assertThat(runLog.count(null, null)).isZero();
            assertThat(runLog.find(aRun)).isEmpty();
            assertThatThrownBy(() -> runLog.retryNow(aRun)).isInstanceOf(NotFoundException.class);
        });
        assertThat(work.run(b.tenantId())).isZero();
        SignedIn.run(a.admin(), () -> assertThat(runLog.find(aRun)).isPresent());
        SignedIn.run(a.otherOperator(), () -> assertThat(runLog.find(aRun)).as("not their community").isEmpty());
        SignedIn.run(a.operator(), () -> assertThat(runLog.find(aRun)).isPresent());
    }

    @Test
    void rawSqlUnderTheOtherTenantReadsAndChangesNothing() {
        SignedIn.run(b.admin(), () -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            for (String table : TABLES) {
                assertThat(jdbc.queryForObject("select count(*) from " + table + " where tenant_id = ?", Integer.class,
                        a.tenantId())).as(table).isZero();
                assertThat(jdbc.update("delete from " + table + " where tenant_id = ?", a.tenantId())).as(table).isZero();
            }
            assertThat(jdbc.update("update automation_run set status = 'FAILED' where id = ?", aRun)).isZero();
        }));
        assertThatThrownBy(() -> SignedIn.run(b.admin(),
                () -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> jdbc.update("""
                        insert into automation_signal (tenant_id, id, kind, data, occurred_at, recorded_at)
                        values (?, ?, 'MEMBER_JOINED', '{}'::jsonb, ?, ?)""", a.tenantId(), UUID.randomUUID(),
                        Timestamp.from(Instant.now()), Timestamp.from(Instant.now())))))
                .isInstanceOf(DataAccessException.class);
        assertThat(data.count(a.tenantId(), "select count(*) from automation_run where id = ? and status = 'SUCCEEDED'",
                aRun)).isEqualTo(1);
    }
}
