package app.communityops.automation;

import static app.communityops.automation.RuleTestData.form;
import static app.communityops.automation.RuleTestData.welcomeTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.shared.NotFoundException;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Tenant B can neither see nor change tenant A's automation rules, through the services or raw SQL. */
@IntegrationTest
class RuleIsolationTest {

    @Autowired
    RuleService rules;
    @Autowired
    PlaybookService playbooks;
    @Autowired
    TestTenants tenants;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    Fixture a;
    Fixture b;
    RuleSummary aRule;

    @BeforeEach
    void twoTenants() {
        a = tenants.create();
        b = tenants.create();
        aRule = SignedIn.as(a.admin(), () -> rules.create(a.communityId(), form("A's rule", welcomeTask())));
        SignedIn.run(a.admin(), () -> playbooks.switchOn(Playbook.WELCOME, null, Locale.ENGLISH));
    }

    @Test
    void servicesOfTheOtherTenantFindNothing() {
        SignedIn.run(b.admin(), () -> {
            assertThat(rules.list(RuleScope.ALL)).isEmpty();
            assertThat(rules.find(aRule.id())).isEmpty();
            assertThat(playbooks.overview()).allMatch(status -> status.placements().isEmpty());
            assertThatThrownBy(() -> rules.update(aRule.id(), aRule.version(), form("Mine", welcomeTask())))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> rules.setEnabled(aRule.id(), aRule.version(), true))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> rules.delete(aRule.id(), aRule.version())).isInstanceOf(NotFoundException.class);
            // B's own tenant-wide welcome is B's: A's does not count as "already on".
            assertThat(playbooks.switchOn(Playbook.WELCOME, null, Locale.ENGLISH).rules()).isEqualTo(3);
        });
        SignedIn.run(a.admin(), () -> assertThat(rules.list(RuleScope.ALL)).hasSize(4));
    }

    @Test
    void rawSqlUnderTheOtherTenantReadsAndChangesNothing() {
        SignedIn.run(b.admin(), () -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            assertThat(jdbc.queryForObject("select count(*) from automation_rule where tenant_id = ?", Integer.class,
                    a.tenantId())).isZero();
            assertThat(jdbc.update("update automation_rule set enabled = true where id = ?", aRule.id())).isZero();
            assertThat(jdbc.update("delete from automation_rule where tenant_id = ?", a.tenantId())).isZero();
        }));
        assertThatThrownBy(() -> SignedIn.run(b.admin(), () -> new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> jdbc.update("""
                        insert into automation_rule (tenant_id, id, name, trigger_kind, definition, enabled, created_at,
                                                     updated_at, version)
                        values (?, ?, 'Planted', 'MEMBER_JOINED', '{}'::jsonb, true, ?, ?, 0)""",
                        a.tenantId(), UUID.randomUUID(), Timestamp.from(Instant.now()),
                        Timestamp.from(Instant.now())))))
                .isInstanceOf(DataAccessException.class);
        SignedIn.run(a.admin(), () -> assertThat(rules.find(aRule.id())).get()
                .extracting(RuleSummary::enabled).isEqualTo(false));
    }
}
