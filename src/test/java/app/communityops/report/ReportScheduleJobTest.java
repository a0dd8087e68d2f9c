package app.communityops.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.notification.NotificationItem;
import app.communityops.notification.NotificationService;
import app.communityops.shared.scheduling.TenantJobs;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The schedule prepares a community's report once its day has come and reminds the staff; nothing reaches the
 * client unless the tenant turned automatic sending on, which is off by default.
 */
@IntegrationTest
class ReportScheduleJobTest {

    @Autowired ReportDeliveryService deliveries;
    @Autowired NotificationService notifications;
    @Autowired TenantJobs jobs;
    @Autowired TestTenants tenants;

    Fixture tenant;
    ReportPeriod lastMonth;

    @BeforeEach
    void scheduledOnTheFirst() {
        tenant = tenants.create();
        lastMonth = ReportPeriod.month(YearMonth.now().minusMonths(1));
        SignedIn.run(tenant.operator(), () -> deliveries.saveSchedule(tenant.communityId(), new ReportSchedule(1, null)));
    }

    @Test
    void theDueReportIsPreparedOnceAndTheOperatorRemindedButNothingIsSentByDefault() {
        assertThat(SignedIn.as(tenant.admin(), deliveries::settings).autoSend()).as("off by default").isFalse();

        assertThat(run()).isEqualTo(1);
        assertThat(run()).as("a second run finds it prepared").isZero();

        assertThat(SignedIn.as(tenant.operator(), () -> deliveries.list(tenant.communityId())))
                .extracting(ReportDelivery::period, ReportDelivery::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(lastMonth, DeliveryState.DRAFT));
        assertThat(SignedIn.as(tenant.operator(), notifications::list)).extracting(NotificationItem::kind)
                .containsExactly("report.notice.prepared");
        assertThat(SignedIn.as(tenant.clientUser(), notifications::list)).isEmpty();
        assertThat(SignedIn.as(tenant.clientUser(), () -> deliveries.list(tenant.communityId()))).isEmpty();
        assertThat(SignedIn.as(tenant.admin(), () -> deliveries.list(tenant.unassignedCommunityId())))
                .as("unscheduled communities are left alone").isEmpty();
    }

    @Test
    void withAutomaticSendingOnTheScheduledReportGoesToTheClient() {
        SignedIn.run(tenant.admin(), () -> deliveries.saveSettings(new DeliverySettings(true, 30, true)));

        assertThat(run()).isEqualTo(1);

        assertThat(SignedIn.as(tenant.clientUser(), () -> deliveries.list(tenant.communityId())))
                .extracting(ReportDelivery::state).containsExactly(DeliveryState.SENT);
        assertThat(SignedIn.as(tenant.clientUser(), notifications::list)).extracting(NotificationItem::kind)
                .containsExactly("report.notice.sent");
    }

    @Test
    void aPeriodIsDueFromItsDayOnAndAQuarterInItsFirstMonth() {
        ReportSchedule both = new ReportSchedule(3, 5);
        assertThat(ReportDeliveryService.due(both, LocalDate.of(2026, 11, 2))).isEmpty();
        assertThat(ReportDeliveryService.due(both, LocalDate.of(2026, 11, 3)))
                .containsExactly(ReportPeriod.month(YearMonth.of(2026, 10)));
        assertThat(ReportDeliveryService.due(both, LocalDate.of(2026, 10, 4)))
                .containsExactly(ReportPeriod.month(YearMonth.of(2026, 9)));
        assertThat(ReportDeliveryService.due(both, LocalDate.of(2026, 10, 5)))
                .containsExactly(ReportPeriod.month(YearMonth.of(2026, 9)), ReportPeriod.quarter(2026, 3));
        assertThat(ReportDeliveryService.due(ReportSchedule.NONE, LocalDate.of(2026, 10, 28))).isEmpty();
    }

    private int run() {
        return jobs.inTenant(tenant.tenantId(), () -> JobPrincipal.call("test", deliveries::prepareScheduled));
    }
}
