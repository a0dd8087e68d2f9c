package app.communityops.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.shared.scheduling.TenantJobs;
import app.communityops.tenancy.TenantDirectory;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every notice reaches the console; each recipient's choice for its topic decides the mail: none, one at once (in the
 * publishing transaction), or a line in the next daily digest. The KPI alert's notice is published here exactly as
 * kpi/RedAlerts publishes it; the renewal and waiting-applications jobs are tested with their own features.
 */
@IntegrationTest
class NoticeDeliveryTest {

    private static final Notice RED = Notice.of(NotificationTopic.KPI_ALERTS, "kpi.notice.red.MAU",
            "communities/x/manage", "Readers Club", "2026-12");
    private static final Notice RENEWAL = Notice.of(NotificationTopic.RENEWALS, "tool.notification.renewal", "tools",
            "Figma", "2026-12-20", "3");

    @Autowired
    NotificationService notifications;
    @Autowired
    NotificationSettingsService settings;
    @Autowired
    DailyDigest digest;
    @Autowired
    TenantJobs jobs;
    @Autowired
    TenantDirectory directory;
    @Autowired
    TestTenants tenants;
    @Autowired
    JdbcTemplate jdbc;

    Fixture tenant;
    ZoneId zone;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
        zone = directory.zone(tenant.tenantId());
    }

    @Test
    void byDefaultStaffGetAKpiAlertByEmailAtOnce() {
        jobs.inTenant(tenant.tenantId(), () -> notifications.publishToCommunityStaff(tenant.communityId(), RED));

        assertThat(mails()).extracting(row -> row.get("recipient_id"))
                .containsExactlyInAnyOrder(tenant.admin().userId(), tenant.operator().userId());
        assertThat(mails()).extracting(row -> row.get("topic")).containsOnly("KPI_ALERTS");
        assertThat((String) mails().getFirst().get("body_text")).contains("Readers Club")
                .contains("http://localhost:8080/communities/x/manage");
        assertThat((String) mails().getFirst().get("body_text")).contains("KPI");
    }

    @Test
    void whoChoseTheConsoleGetsNoMailButTheNotification() {
        SignedIn.run(tenant.operator(), () -> settings.choose(NotificationTopic.KPI_ALERTS, Delivery.CONSOLE));
        jobs.inTenant(tenant.tenantId(), () -> notifications.publishToCommunityStaff(tenant.communityId(), RED));

        assertThat(mails()).extracting(row -> row.get("recipient_id")).containsExactly(tenant.admin().userId());
        assertThat(SignedIn.as(tenant.operator(), notifications::unreadCount)).isEqualTo(1);
    }

    @Test
    void whoChoseTheDigestGetsOneMessageADayWithEverythingOfItsTopics() {
        SignedIn.run(tenant.operator(), () -> {
            settings.choose(NotificationTopic.KPI_ALERTS, Delivery.DIGEST);
            settings.choose(NotificationTopic.RENEWALS, Delivery.DIGEST);
        });
        jobs.inTenant(tenant.tenantId(), () -> notifications.publishToCommunityStaff(tenant.communityId(), RED));
        jobs.inTenant(tenant.tenantId(), () -> notifications.publishToUser(tenant.operator().userId(), RENEWAL));
        assertThat(mailsTo(tenant.operator().userId())).as("nothing at once").isEmpty();

        // The first digest morning after the notices: a first digest looks back one day, so just after midnight
        // the next day's 8:05 would no longer see them.
        ZonedDateTime now = ZonedDateTime.now(zone);
        LocalDate day = now.toLocalTime().isBefore(LocalTime.of(8, 5)) ? now.toLocalDate()
                : now.toLocalDate().plusDays(1);
        assertThat(runDigest(day.atTime(7, 30).atZone(zone).toInstant())).as("not before 8:00").isZero();
        Instant morning = day.atTime(8, 5).atZone(zone).toInstant();
        assertThat(runDigest(morning)).isEqualTo(1);

        List<Map<String, Object>> digests = mailsTo(tenant.operator().userId());
        assertThat(digests).hasSize(1);
        assertThat((String) digests.getFirst().get("body_text")).contains("Readers Club").contains("Figma")
                .contains("/notifications");
        assertThat(digests.getFirst().get("digest")).isEqualTo(true);
        assertThat(mailsTo(tenant.admin().userId())).as("the admin chose nothing: KPI alerts by email")
                .extracting(row -> row.get("digest")).containsExactly(false);

        assertThat(runDigest(morning.plusSeconds(3600))).as("once a day").isZero();
        assertThat(runDigest(morning.plusSeconds(86_400))).as("nothing new, no digest").isZero();
        jobs.inTenant(tenant.tenantId(), () -> {
            notifications.publishToUser(tenant.operator().userId(), RENEWAL);
            // Published after the last digest: the test's digests ran at later (future) times than this clock's now.
            return jdbc.update("update notification set created_at = ? where created_at > now() - interval '1 minute'"
                    + " and recipient_id = ? and created_at = (select max(created_at) from notification"
                    + " where recipient_id = ?)", java.sql.Timestamp.from(morning.plusSeconds(90_000)),
                    tenant.operator().userId(), tenant.operator().userId());
        });
        assertThat(runDigest(morning.plusSeconds(2 * 86_400))).isEqualTo(1);
    }

    private int runDigest(Instant at) {
        return jobs.inTenant(tenant.tenantId(), () -> digest.runAt(at));
    }

    private List<Map<String, Object>> mails() {
        return jobs.inTenant(tenant.tenantId(), () -> jdbc.queryForList(
                "select recipient_id, topic, subject, body_text, digest from mail_outbox order by seq"));
    }

    private List<Map<String, Object>> mailsTo(UUID recipient) {
        return mails().stream().filter(row -> recipient.equals(row.get("recipient_id"))).toList();
    }
}
