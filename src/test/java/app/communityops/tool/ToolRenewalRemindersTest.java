package app.communityops.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.notification.NotificationItem;
import app.communityops.notification.NotificationService;
import app.communityops.shared.scheduling.TenantJobs;
import app.communityops.tenancy.TenantDirectory;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import app.communityops.notification.Delivery;
import app.communityops.notification.NotificationSettingsService;
import app.communityops.notification.NotificationTopic;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.core.JdbcTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ToolRenewalRemindersTest {

    @Autowired
    ToolRenewalReminders reminders;
    @Autowired
    ToolService tools;
    @Autowired
    ToolSettingsService settings;
    @Autowired
    NotificationService notifications;
    @Autowired
    TenantJobs jobs;
    @Autowired
    TenantDirectory directory;
    @Autowired
    TestTenants tenants;
    @Autowired
    Clock clock;
    @Autowired
    NotificationSettingsService mailSettings;
    @Autowired
    JdbcTemplate jdbc;

    Fixture tenant;
    UUID category;
    LocalDate today;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
        category = ToolTestData.category(settings, tenant);
        today = LocalDate.now(clock.withZone(directory.zone(tenant.tenantId())));
    }

    @Test
    void theReminderIsMailedToWhoChoseEmailAndNotToWhoChoseTheConsole() {
        SignedIn.run(tenant.operator(), () -> mailSettings.choose(NotificationTopic.RENEWALS, Delivery.CONSOLE));
        ToolTestData.create(tools, tenant, ToolTestData.renewing("Figma", category, today.plusDays(3),
                tenant.operator().userId()));

        assertThat(jobs.inTenant(tenant.tenantId(), reminders::remindDue)).isEqualTo(1);

        List<String> mailed = jobs.inTenant(tenant.tenantId(), () -> jdbc.queryForList(
                "select recipient_email || ' ' || topic || ' ' || subject from mail_outbox", String.class));
        assertThat(mailed).singleElement().asString().startsWith(tenant.admin().email() + " RENEWALS Figma");
        assertThat(SignedIn.as(tenant.operator(), notifications::unreadCount)).as("still in the console").isEqualTo(1);
    }

    @Test
    void renewalsWithinTheDaysAheadAreAnnouncedOnceToOwnerAndAdmins() {
        ToolTestData.create(tools, tenant, ToolTestData.renewing("Soon", category, today.plusDays(10),
                tenant.operator().userId()));
        ToolTestData.create(tools, tenant, ToolTestData.renewing("Today", category, today, null));
        ToolTestData.create(tools, tenant, ToolTestData.renewing("Later", category, today.plusDays(31), null));
        ToolTestData.create(tools, tenant, ToolTestData.renewing("Past", category, today.minusDays(1), null));
        ToolForm cancelled = ToolTestData.renewing("Cancelled", category, today.plusDays(3), null);
        cancelled.setStatus(ToolStatus.CANCELLED);
        ToolTestData.create(tools, tenant, cancelled);

        assertThat(runJob()).isEqualTo(2);
        assertThat(runJob()).as("a second run announces nothing again").isZero();

        NotificationItem soon = SignedIn.as(tenant.operator(), () -> notifications.list()).getFirst();
        assertThat(soon.kind()).isEqualTo(ToolRenewalReminders.KIND);
        assertThat(soon.arguments()).containsExactly("Soon", today.plusDays(10).toString(), "10");
        assertThat(soon.link()).isEqualTo(ToolNavigation.TOOLS_ROUTE);
        assertThat(SignedIn.as(tenant.admin(), notifications::unreadCount)).isEqualTo(2);
        assertThat(SignedIn.as(tenant.otherOperator(), notifications::unreadCount)).isZero();
    }

    @Test
    void theTenantsDaysAheadDecideAndANewRenewalDateIsAnnouncedAgain() {
        ToolSummary tool = ToolTestData.create(tools, tenant, ToolTestData.renewing("Edge", category,
                today.plusDays(10), null));
        SignedIn.run(tenant.admin(), () -> settings.setReminderDays(9));
        assertThat(runJob()).isZero();
        SignedIn.run(tenant.admin(), () -> settings.setReminderDays(10));
        assertThat(runJob()).isEqualTo(1);

        ToolForm renewed = ToolForm.of(tool);
        renewed.setRenewalDate(today.plusDays(5));
        SignedIn.run(tenant.admin(), () -> tools.update(tool.id(), tool.version(), renewed));
        assertThat(runJob()).isEqualTo(1);
        assertThat(SignedIn.as(tenant.admin(), notifications::unreadCount)).isEqualTo(2);
    }

    @Test
    void theDailyJobRunsForEveryTenantAndOnlyAsTheJob() {
        ToolTestData.create(tools, tenant, ToolTestData.renewing("Soon", category, today.plusDays(1), null));
        jobs.forEachActiveTenant("test", id -> reminders.remindDue());
        assertThat(SignedIn.as(tenant.admin(), notifications::unreadCount)).isEqualTo(1);

        assertThatThrownBy(() -> SignedIn.run(tenant.admin(), () -> reminders.remindDue()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private int runJob() {
        return jobs.inTenant(tenant.tenantId(), reminders::remindDue);
    }
}
