package app.communityops.join;

import static app.communityops.testing.SignedIn.as;
import static app.communityops.testing.SignedIn.run;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.community.CommunityForm;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunityStatus;
import app.communityops.notification.NotificationItem;
import app.communityops.notification.NotificationService;
import app.communityops.shared.scheduling.TenantJobs;
import app.communityops.tenancy.TenantDirectory;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The daily group-code warnings against the real database: the community's operators and the tenant admins hear a
 * day before a code expires and when no valid code is left, each once however often the job runs, and no one else
 * hears of it.
 */
@IntegrationTest
class GroupCodeWarningsTest {

    @Autowired
    JoinTestData data;
    @Autowired
    GroupCodeWarnings warnings;
    @Autowired
    GroupCodeService codes;
    @Autowired
    JoinPublicService join;
    @Autowired
    JoinApplicationService applications;
    @Autowired
    NotificationService notifications;
    @Autowired
    TenantJobs jobs;
    @Autowired
    TenantDirectory directory;
    @Autowired
    CommunityService communities;

    @Test
    void theCommunitysStaffHearOnceADayBeforeACodeExpires() {
        JoinTestData.Ready ready = data.paidEntry(500);
        JoinTestData.Ready elsewhere = data.paidEntry(500);
        TestTenants.Fixture tenant = ready.tenant();
        LocalDate expiresOn = code(ready).expiresOn();

        assertThat(warn(ready, at(ready, expiresOn.minusDays(2), 10))).as("two days ahead").isZero();
        assertThat(warn(ready, at(ready, expiresOn.minusDays(1), 8))).as("not before the morning").isZero();
        assertThat(warn(ready, at(ready, expiresOn.minusDays(1), 10))).isEqualTo(1);
        assertThat(warn(ready, at(ready, expiresOn.minusDays(1), 11))).as("a second run").isZero();
        assertThat(warn(ready, at(ready, expiresOn, 10))).as("the day itself").isZero();

        assertThat(as(tenant.operator(), notifications::list)).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(GroupCodeWarnings.EXPIRING);
            assertThat(item.arguments()).containsExactly("Group 1", "Community " + tenant.name().substring(7),
                    expiresOn.toString());
            assertThat(item.link()).isEqualTo(JoinNavigation.codesPath(ready.communityId()));
        });
        assertThat(as(tenant.admin(), notifications::unreadCount)).isEqualTo(1);
        assertThat(as(tenant.otherOperator(), notifications::unreadCount)).as("an operator of other communities")
                .isZero();
        assertThat(as(elsewhere.tenant().operator(), notifications::unreadCount)).as("another tenant").isZero();
        assertThat(as(elsewhere.tenant().admin(), notifications::unreadCount)).isZero();
        assertThat(warn(elsewhere, at(elsewhere, code(elsewhere).expiresOn().minusDays(1), 10)))
                .as("another tenant's code is its own job's, still to tell").isEqualTo(1);
    }

    @Test
    void runningOutIsToldOnceAndAgainOnlyAfterAFreshCodeRanOutToo() {
        JoinTestData.Ready ready = data.paidEntry(1);
        TestTenants.Fixture tenant = ready.tenant();
        Instant now = Instant.now();
        assertThat(warn(ready, now)).as("a seat is left").isZero();

        approveAndShowCode(ready, "Lin Yue", "13800138101");

        assertThat(warn(ready, now)).as("the last seat was taken").isEqualTo(1);
        assertThat(warn(ready, now)).as("a second run").isZero();
        assertThat(kinds(tenant)).containsExactly(GroupCodeWarnings.NONE_LEFT);

        LocalDate freshUntil = as(tenant.operator(), codes::today).plusDays(2);
        as(tenant.operator(), () -> codes.add(ready.communityId(), "Group 2", 5, freshUntil, JoinTestData.png()));
        assertThat(warn(ready, now)).as("a valid code again").isZero();

        Instant afterExpiry = at(ready, freshUntil.plusDays(1), 10);
        assertThat(warn(ready, afterExpiry)).as("the fresh code expired").isEqualTo(1);
        assertThat(warn(ready, afterExpiry)).isZero();
        assertThat(kinds(tenant)).containsExactly(GroupCodeWarnings.NONE_LEFT, GroupCodeWarnings.NONE_LEFT);
        NotificationItem latest = as(tenant.operator(), notifications::list).getFirst();
        assertThat(latest.arguments()).containsExactly("Community " + tenant.name().substring(7));
        assertThat(latest.link()).isEqualTo(JoinNavigation.codesPath(ready.communityId()));
        assertThat(as(tenant.otherOperator(), notifications::unreadCount)).isZero();
    }

    @Test
    void aCommunityWithoutCodesIsNotToldItHasNone() {
        JoinTestData.Ready ready = data.paidEntry(500);
        UUID other = ready.tenant().unassignedCommunityId();
        assertThat(as(ready.tenant().admin(), () -> codes.codes(other))).isEmpty();
        assertThat(warn(ready, Instant.now())).isZero();
        assertThat(as(ready.tenant().admin(), notifications::unreadCount)).isZero();
    }

    @Test
    void anArchivedCommunityIsNotWarned() {
        JoinTestData.Ready ready = data.paidEntry(500);
        LocalDate expiresOn = code(ready).expiresOn();
        run(ready.tenant().admin(), () -> {
            CommunityForm form = CommunityForm.of(communities.readable(ready.communityId()));
            form.setStatus(CommunityStatus.ARCHIVED);
            communities.update(ready.communityId(), communities.readable(ready.communityId()).version(), form);
        });

        assertThat(warn(ready, at(ready, expiresOn.minusDays(1), 10))).isZero();
        assertThat(warn(ready, at(ready, expiresOn.plusDays(1), 10))).isZero();
        assertThat(as(ready.tenant().operator(), notifications::unreadCount)).isZero();
    }

    private void approveAndShowCode(JoinTestData.Ready ready, String name, String phone) {
        String status = join.apply(ready.token(), JoinTestData.applicant(name, phone), "10.0.3.1");
        UUID filed = as(ready.tenant().operator(), () -> applications.applications(ready.communityId())).stream()
                .filter(application -> application.paymentToConfirm()).findFirst().orElseThrow().id();
        as(ready.tenant().operator(), () -> applications.confirmPayment(filed));
        assertThat(join.status(status).orElseThrow().groupCodeLabel()).isEqualTo("Group 1");
        assertThat(code(ready).handedOut()).isEqualTo(1);
    }

    private GroupCodeDetails code(JoinTestData.Ready ready) {
        return as(ready.tenant().operator(), () -> codes.codes(ready.communityId())).stream()
                .filter(code -> code.id().equals(ready.groupCodeId())).findFirst().orElseThrow();
    }

    private List<String> kinds(TestTenants.Fixture tenant) {
        return as(tenant.operator(), notifications::list).stream().map(NotificationItem::kind).toList();
    }

    private int warn(JoinTestData.Ready ready, Instant now) {
        return jobs.inTenant(ready.tenant().tenantId(), () -> warnings.warnAsOf(now));
    }

    /** The hour of a day in the tenant's zone. */
    private Instant at(JoinTestData.Ready ready, LocalDate day, int hour) {
        ZoneId zone = directory.zone(ready.tenant().tenantId());
        return day.atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant();
    }
}
