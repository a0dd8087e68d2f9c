package app.communityops.tool;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.notification.NotificationService;
import app.communityops.shared.scheduling.TenantJobs;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The demo inventory is seeded once, its totals add up per currency, and its near renewals reach the bell. */
@IntegrationTest
class ToolDemoDataTest {

    @Autowired TestTenants tenants;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired TenantJobs jobs;
    @Autowired ToolRenewalReminders reminders;
    @Autowired ToolService tools;
    @Autowired ToolSettingsService settings;
    @Autowired NotificationService notifications;

    @Test
    void seedsOnceWithCategoriesToolsAndRenewalReminders() {
        Fixture tenant = tenants.create();
        ToolDemoData demo = new ToolDemoData(jdbc, transactionManager, jobs, reminders, Clock.systemUTC());

        assertThat(demo.seed(tenant.tenantId())).isEqualTo(9);
        assertThat(demo.seed(tenant.tenantId())).isZero();

        SignedIn.run(tenant.admin(), () -> {
            assertThat(settings.categories()).hasSize(8);
            assertThat(tools.list()).hasSize(9).extracting(ToolSummary::status).contains(ToolStatus.TRIAL,
                    ToolStatus.CANCELLED);
            assertThat(tools.totalsByCategory()).extracting(CostTotal::currency).containsOnly("CNY", "USD");
            assertThat(notifications.unreadCount()).isEqualTo(3);
        });
    }
}
