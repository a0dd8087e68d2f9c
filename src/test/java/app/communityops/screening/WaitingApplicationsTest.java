package app.communityops.screening;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.notification.Delivery;
import app.communityops.notification.NotificationService;
import app.communityops.notification.NotificationSettingsService;
import app.communityops.notification.NotificationTopic;
import app.communityops.shared.TenantContext;
import app.communityops.shared.scheduling.TenantJobs;
import app.communityops.tenancy.TenantDirectory;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day each community's staff hear how many applications wait and since when, only when some wait, each as
 * their settings for "waiting applications" say. Another tenant's job sees none of it.
 */
@IntegrationTest
class WaitingApplicationsTest {

    @Autowired
    WaitingApplications waiting;
    @Autowired
    ScreeningService screening;
    @Autowired
    ScreeningPolicyService policies;
    @Autowired
    NotificationService notifications;
    @Autowired
    NotificationSettingsService settings;
    @Autowired
    TenantJobs jobs;
    @Autowired
    TenantDirectory directory;
    @Autowired
    TestTenants tenants;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    Fixture tenant;
    ZoneId zone;
    Instant morning;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
        zone = directory.zone(tenant.tenantId());
        morning = LocalDate.now(zone).plusDays(1).atTime(9, 15).atZone(zone).toInstant();
        // Paid entry without a payment reference: the application waits for a reviewer.
        SignedIn.run(tenant.operator(), () -> {
            PolicyDetails current = policies.find(tenant.communityId());
            PolicyForm form = PolicyForm.of(current);
            form.setPaidEntry(true);
            form.setFee(new java.math.BigDecimal("19.90"));
            policies.update(tenant.communityId(), current.version(), form);
        });
    }

    @Test
    void nothingWaitsNothingIsSaid() {
        assertThat(announce(morning)).isZero();
        assertThat(SignedIn.as(tenant.operator(), notifications::unreadCount)).isZero();
    }

    @Test
    void theStaffHearOnceADayAndEachAsTheyChose() {
        apply("waiting-1");
        apply("waiting-2");

        assertThat(announce(morning.minusSeconds(3600))).as("not before 9:00").isZero();
        assertThat(announce(morning)).isEqualTo(1);
        assertThat(announce(morning.plusSeconds(3600))).as("once a day").isZero();

        assertThat(SignedIn.as(tenant.operator(), notifications::list)).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(WaitingApplications.KIND);
            assertThat(item.arguments()).hasSize(3).startsWith("2");
            assertThat(item.link()).isEqualTo(ScreeningNavigation.reviewPath(tenant.communityId()));
        });
        assertThat(SignedIn.as(tenant.admin(), notifications::unreadCount)).isEqualTo(1);
        assertThat(mailedTo()).as("operators by email; tenant admins in their digest by default")
                .containsExactly(tenant.operator().email());

        SignedIn.run(tenant.operator(), () -> settings.choose(NotificationTopic.APPLICATIONS, Delivery.CONSOLE));
        assertThat(announce(morning.plusSeconds(86_400))).isEqualTo(1);
        assertThat(mailedTo()).containsExactly(tenant.operator().email());
    }

    @Test
    void anotherTenantsJobNeitherSeesNorClaimsTheQueue() {
        apply("waiting-3");
        Fixture other = tenants.create();
        assertThat(jobs.inTenant(other.tenantId(), () -> waiting.announceAt(morning))).isZero();
        Integer seen = TenantContext.callAs(other.tenantId(), () -> new TransactionTemplate(transactionManager)
                .execute(status -> jdbc.queryForObject(
                        "select count(*) from screening_waiting_notice where tenant_id = ?", Integer.class,
                        tenant.tenantId())));
        assertThat(seen).isZero();
        assertThat(announce(morning)).isEqualTo(1);
        Integer deleted = TenantContext.callAs(other.tenantId(), () -> new TransactionTemplate(transactionManager)
                .execute(status -> jdbc.update("delete from screening_waiting_notice where tenant_id = ?",
                        tenant.tenantId())));
        assertThat(deleted).isZero();
    }

    private int announce(Instant at) {
        return jobs.inTenant(tenant.tenantId(), () -> waiting.announceAt(at));
    }

    private List<String> mailedTo() {
        return jobs.inTenant(tenant.tenantId(), () -> jdbc.queryForList(
                "select recipient_email from mail_outbox where topic = 'APPLICATIONS' order by seq", String.class));
    }

    private void apply(String handle) {
        SignedIn.run(tenant.operator(), () -> screening.apply(tenant.communityId(), ScreeningTestData.member(handle),
                EvidenceForm.of(null, null, null, Set.of())));
    }
}
