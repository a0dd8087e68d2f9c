package app.communityops.tool;

import static app.communityops.tool.ToolTestData.form;
import static app.communityops.tool.ToolTestData.usage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.shared.NotFoundException;
import app.communityops.shared.scheduling.TenantJobs;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Tenant B's staff and jobs can neither see nor change tenant A's tools, through the services or raw SQL. */
@IntegrationTest
class ToolIsolationTest {

    private static final List<String> TABLES = List.of("tool", "tool_category", "tool_community", "tool_settings",
            "tool_renewal_notice");

    @Autowired
    ToolService tools;
    @Autowired
    ToolSettingsService settings;
    @Autowired
    ToolRenewalReminders reminders;
    @Autowired
    TenantJobs jobs;
    @Autowired
    TestTenants tenants;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    Fixture a;
    Fixture b;
    ToolSummary aTool;
    UUID aCategory;

    @BeforeEach
    void twoTenants() {
        a = tenants.create();
        b = tenants.create();
        aCategory = ToolTestData.category(settings, a);
        ToolForm form = form("A's tool", aCategory, "100", "CNY", BillingPeriod.MONTH, CostSplit.EVEN,
                List.of(usage(a.communityId(), "1")));
        form.setRenewalDate(LocalDate.now().plusDays(2));
        aTool = ToolTestData.create(tools, a, form);
        jobs.inTenant(a.tenantId(), reminders::remindDue);
    }

    @Test
    void servicesOfTheOtherTenantFindNothing() {
        SignedIn.run(b.admin(), () -> {
            assertThat(tools.list()).isEmpty();
            assertThat(tools.find(aTool.id())).isEmpty();
            assertThat(tools.totalsByCategory()).isEmpty();
            assertThat(tools.totalsByCommunity()).isEmpty();
            assertThat(settings.categories()).extracting(CategorySummary::id).doesNotContain(aCategory);
            assertThatThrownBy(() -> tools.update(aTool.id(), aTool.version(), ToolForm.of(aTool)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> tools.delete(aTool.id(), aTool.version())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> tools.forCommunity(a.communityId())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> settings.deleteCategory(aCategory, 0)).isInstanceOf(NotFoundException.class);
            ToolForm intoA = form("Planted", aCategory, null, null, BillingPeriod.MONTH, CostSplit.EVEN, List.of());
            assertThatThrownBy(() -> tools.create(intoA)).isInstanceOf(app.communityops.shared.UserFacingException.class);
        });
        assertThat(jobs.inTenant(b.tenantId(), reminders::remindDue)).isZero();
        SignedIn.run(a.admin(), () -> assertThat(tools.list()).extracting(ToolSummary::name).containsExactly("A's tool"));
    }

    @Test
    void rawSqlUnderTheOtherTenantReadsAndChangesNothing() {
        SignedIn.run(b.admin(), () -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            for (String table : TABLES) {
                assertThat(jdbc.queryForObject("select count(*) from " + table + " where tenant_id = ?", Integer.class,
                        a.tenantId())).as(table).isZero();
                assertThat(jdbc.update("delete from " + table + " where tenant_id = ?", a.tenantId())).as(table).isZero();
            }
            assertThat(jdbc.update("update tool set name = 'x' where id = ?", aTool.id())).isZero();
        }));
        assertRefused(() -> jdbc.update("""
                insert into tool_category (tenant_id, id, name, created_at, version) values (?, ?, 'Planted', ?, 0)""",
                a.tenantId(), UUID.randomUUID(), Timestamp.from(Instant.now())));
        assertRefused(() -> jdbc.update("insert into tool_community (tenant_id, tool_id, community_id) values (?, ?, ?)",
                a.tenantId(), aTool.id(), a.unassignedCommunityId()));
        assertRefused(() -> jdbc.update("""
                insert into tool_settings (tenant_id, reminder_days, created_at, version) values (?, 1, ?, 0)
                on conflict do nothing""", a.tenantId(), Timestamp.from(Instant.now())));
        SignedIn.run(a.admin(), () -> {
            assertThat(tools.list()).extracting(ToolSummary::name).containsExactly("A's tool");
            assertThat(settings.reminderDays()).isEqualTo(ToolSettingsService.DEFAULT_REMINDER_DAYS);
        });
    }

    private void assertRefused(Runnable write) {
        assertThatThrownBy(() -> SignedIn.run(b.admin(),
                () -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> write.run())))
                .isInstanceOf(DataAccessException.class);
    }
}
