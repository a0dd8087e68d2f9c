package app.communityops.join;

import static app.communityops.testing.SignedIn.as;
import static app.communityops.testing.SignedIn.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.community.CommunityForm;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunityStatus;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.UserFacingException;
import app.communityops.tenancy.TenantDirectory;
import app.communityops.tenancy.TenantService;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A suspended tenant's links and an archived community's answer exactly as a token that names nothing: the page is
 * "not open", an application is refused alike, and a status link shows nothing, not even the group code already
 * handed out.
 */
@IntegrationTest
class JoinClosedLinksTest {

    private static final String UNKNOWN = "A".repeat(22);

    @Autowired
    JoinTestData data;
    @Autowired
    JoinPublicService join;
    @Autowired
    JoinApplicationService applications;
    @Autowired
    TenantService tenantService;
    @Autowired
    TenantDirectory directory;
    @Autowired
    CommunityService communities;
    @Autowired
    TestTenants tenants;

    @Test
    void aSuspendedTenantsLinksAnswerLikeUnknownOnes() {
        JoinTestData.Ready ready = data.paidEntry(500);
        String status = approved(ready, "13800138201");
        AppPrincipal platform = tenants.platformAdmin();
        UUID tenant = ready.tenant().tenantId();

        run(platform, () -> tenantService.suspend(tenant, directory.require(tenant).version(), "Unpaid"));

        assertLikeUnknown(ready, status, "13800138202");

        run(platform, () -> tenantService.reactivate(tenant, directory.require(tenant).version()));
        assertThat(join.open(ready.token())).isPresent();
        assertThat(join.status(status).orElseThrow().groupCodeLabel()).isEqualTo("Group 1");
    }

    @Test
    void anArchivedCommunitysLinksAnswerLikeUnknownOnes() {
        JoinTestData.Ready ready = data.paidEntry(500);
        String status = approved(ready, "13800138203");

        run(ready.tenant().admin(), () -> {
            CommunityForm form = CommunityForm.of(communities.readable(ready.communityId()));
            form.setStatus(CommunityStatus.ARCHIVED);
            communities.update(ready.communityId(), communities.readable(ready.communityId()).version(), form);
        });

        assertLikeUnknown(ready, status, "13800138204");
    }

    private void assertLikeUnknown(JoinTestData.Ready ready, String status, String phone) {
        assertThat(join.open(UNKNOWN)).isEmpty();
        assertThat(join.open(ready.token())).isEmpty();
        assertThat(join.paymentQr(ready.token())).isEmpty();
        assertNotOpen(() -> join.apply(UNKNOWN, JoinTestData.applicant("Unknown", phone), "10.0.4.1"));
        assertNotOpen(() -> join.apply(ready.token(), JoinTestData.applicant("Closed", phone), "10.0.4.1"));
        assertThat(join.status(UNKNOWN)).isEmpty();
        assertThat(join.status(status)).isEmpty();
        assertThat(join.groupCode(status)).isEmpty();
    }

    /** An applicant approved through the link, whose status link shows the group code; answers that link. */
    private String approved(JoinTestData.Ready ready, String phone) {
        String status = join.apply(ready.token(), JoinTestData.applicant("Lin", phone), "10.0.4.2");
        UUID filed = as(ready.tenant().operator(), () -> applications.applications(ready.communityId()))
                .getFirst().id();
        as(ready.tenant().operator(), () -> applications.confirmPayment(filed));
        assertThat(join.status(status).orElseThrow().groupCodeLabel()).isEqualTo("Group 1");
        assertThat(join.groupCode(status)).isPresent();
        return status;
    }

    private static void assertNotOpen(Runnable apply) {
        assertThatThrownBy(apply::run).isInstanceOfSatisfying(UserFacingException.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo("join.error.notOpen"));
    }
}
