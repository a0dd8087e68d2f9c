package app.communityops.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.members.MemberTestData.Spec;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.UserFacingException;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class MemberListServiceTest {

    @Autowired
    TestTenants tenants;
    @Autowired
    MemberTestData data;
    @Autowired
    MemberListService lists;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void tiersAreRankedRenamedAndDeletedWhileUnused() {
        MemberTierSummary gold = SignedIn.as(tenant.admin(), () -> lists.createTier(MemberTierForm.of("Gold", 3)));
        SignedIn.run(tenant.admin(), () -> lists.createTier(MemberTierForm.of("Normal", 1)));

        assertThat(SignedIn.as(tenant.operator(), lists::tiers)).extracting(MemberTierSummary::name)
                .containsExactly("Normal", "Gold");
        assertThatThrownBy(() -> SignedIn.run(tenant.admin(), () -> lists.createTier(MemberTierForm.of("gold", 4))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> SignedIn.run(tenant.admin(), () -> lists.createTier(MemberTierForm.of("Silver", 1))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.field()).isEqualTo("rank"));

        MemberTierSummary renamed = SignedIn.as(tenant.admin(),
                () -> lists.updateTier(gold.id(), gold.version(), MemberTierForm.of("Gold card", 3)));
        assertThat(renamed.name()).isEqualTo("Gold card");
        assertThatThrownBy(() -> SignedIn.run(tenant.admin(),
                () -> lists.updateTier(gold.id(), gold.version(), MemberTierForm.of("Stale", 3))))
                .isInstanceOf(ConcurrentEditException.class);

        data.add(tenant.tenantId(), tenant.communityId(), List.of(Spec.of("Ann", "ann", MembershipStatus.JOINED).tier(gold.id())));
        assertThatThrownBy(() -> SignedIn.run(tenant.admin(), () -> lists.deleteTier(gold.id())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("members.lists.error.tierInUse");
                    assertThat(e.arguments()).containsExactly("Gold card", 1L, 0L);
                });
        MemberTierSummary normal = SignedIn.as(tenant.admin(), lists::tiers).getFirst();
        SignedIn.run(tenant.admin(), () -> lists.deleteTier(normal.id()));
        assertThat(SignedIn.as(tenant.clientUser(), lists::tiers)).extracting(MemberTierSummary::name)
                .containsExactly("Gold card");
    }

    @Test
    void channelsAreNamedOnceAndKeptWhileMembersCameThroughThem() {
        AcquisitionChannelSummary forum = SignedIn.as(tenant.admin(),
                () -> lists.createChannel(AcquisitionChannelForm.of("Tech forum")));
        AcquisitionChannelSummary app = SignedIn.as(tenant.admin(),
                () -> lists.createChannel(AcquisitionChannelForm.of("Recruiting app")));
        assertThatThrownBy(() -> SignedIn.run(tenant.admin(), () -> lists.createChannel(AcquisitionChannelForm.of("TECH FORUM"))))
                .isInstanceOf(UserFacingException.class);
        data.add(tenant.tenantId(), tenant.communityId(), List.of(Spec.of("Ann", "ann", MembershipStatus.JOINED).channel(forum.id())));

        assertThatThrownBy(() -> SignedIn.run(tenant.admin(), () -> lists.deleteChannel(forum.id())))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("members.lists.error.channelInUse"));
        SignedIn.run(tenant.admin(), () -> lists.deleteChannel(app.id()));
        assertThat(SignedIn.as(tenant.operator(), lists::channels)).extracting(AcquisitionChannelSummary::name)
                .containsExactly("Tech forum");
    }

    @Test
    void onlyTheTenantAdminChangesTheListsAndOtherTenantsSeeNone() {
        SignedIn.run(tenant.admin(), () -> lists.createChannel(AcquisitionChannelForm.of("Referral")));

        assertThatThrownBy(() -> SignedIn.run(tenant.operator(), () -> lists.createChannel(AcquisitionChannelForm.of("X"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.run(tenant.clientUser(), () -> lists.createTier(MemberTierForm.of("X", 9))))
                .isInstanceOf(AccessDeniedException.class);
        Fixture other = tenants.create();
        assertThat(SignedIn.as(other.admin(), lists::channels)).isEmpty();
    }
}
