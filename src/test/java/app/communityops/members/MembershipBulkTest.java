package app.communityops.members;

import static app.communityops.members.MembershipStatus.APPLIED;
import static app.communityops.members.MembershipStatus.JOINED;
import static app.communityops.members.MembershipStatus.PENDING_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.members.MemberTestData.Spec;
import app.communityops.screening.ScreeningTestData;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class MembershipBulkTest {

    @Autowired
    TestTenants tenants;
    @Autowired
    MemberTestData data;
    @Autowired
    ScreeningTestData screeningData;
    @Autowired
    MembershipService memberships;
    @Autowired
    MemberService members;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void approvingIsAllOrNothingAndNamesTheMemberItStoppedAt() {
        List<UUID> ids = data.add(tenant.tenantId(), tenant.communityId(), List.of(
                Spec.of("Ann", "ann", PENDING_REVIEW), Spec.of("Ben", "ben", APPLIED),
                Spec.of("Cleo", "cleo", JOINED), Spec.of("Dan", "dan", PENDING_REVIEW)));

        assertThatThrownBy(() -> SignedIn.run(tenant.operator(), () -> memberships.approveAll(Set.copyOf(ids), null)))
                .isInstanceOfSatisfying(BulkRefusalException.class, refusal -> {
                    assertThat(refusal.memberName()).isEqualTo("Cleo");
                    assertThat(refusal.refusal().messageKey()).isEqualTo("membership.error.transition");
                    assertThat(refusal.messageKey()).isEqualTo("membership.error.bulk");
                });
        assertThat(ids).extracting(id -> data.status(tenant.tenantId(), id))
                .containsExactly("PENDING_REVIEW", "APPLIED", "JOINED", "PENDING_REVIEW");
        assertThat(data.events(tenant.tenantId(), ids.getFirst())).as("no history written").isZero();

        List<UUID> reviewable = List.of(ids.get(0), ids.get(1), ids.get(3));
        int approved = SignedIn.as(tenant.operator(), () -> memberships.approveAll(Set.copyOf(reviewable), "fits"));
        assertThat(approved).isEqualTo(3);
        assertThat(reviewable).extracting(id -> data.status(tenant.tenantId(), id)).containsOnly("APPROVED");
        assertThat(data.events(tenant.tenantId(), ids.getFirst())).isOne();
    }

    @Test
    void rejectingNeedsAReasonAndRecordsIt() {
        List<UUID> ids = data.add(tenant.tenantId(), tenant.communityId(), List.of(
                Spec.of("Ann", "ann", PENDING_REVIEW), Spec.of("Ben", "ben", PENDING_REVIEW)));

        assertThatThrownBy(() -> SignedIn.run(tenant.admin(), () -> memberships.rejectAll(Set.copyOf(ids), "  ")))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("membership.error.reasonRequired"));
        SignedIn.run(tenant.admin(), () -> memberships.rejectAll(Set.copyOf(ids), "not a director"));

        assertThat(ids).extracting(id -> data.status(tenant.tenantId(), id)).containsOnly("REJECTED");
        List<MembershipEvent> history = SignedIn.as(tenant.admin(), () -> memberships.history(ids.getFirst()));
        assertThat(history).extracting(MembershipEvent::type).containsExactly(MembershipEventType.REJECTED);
        assertThat(history.getFirst().reason()).isEqualTo("not a director");
    }

    @Test
    void warningsAndEliminationsCiteOnlyTheCommunitysRedLines() {
        List<UUID> ids = data.add(tenant.tenantId(), tenant.communityId(), List.of(
                Spec.of("Ann", "ann", JOINED), Spec.of("Ben", "ben", JOINED)));
        UUID ads = screeningData.redLine(tenant.tenantId(), tenant.communityId(), "No advertising");
        UUID elsewhere = screeningData.redLine(tenant.tenantId(), tenant.unassignedCommunityId(), "Elsewhere");

        assertThat(SignedIn.as(tenant.operator(), () -> memberships.redLines(tenant.communityId())))
                .containsExactly(Map.entry(ads, "No advertising"));
        assertThatThrownBy(() -> SignedIn.run(tenant.operator(), () -> memberships.warnAll(Set.copyOf(ids), "ads", elsewhere)))
                .isInstanceOf(BulkRefusalException.class);
        SignedIn.run(tenant.operator(), () -> memberships.warnAll(Set.copyOf(ids), "posted ads", ads));
        SignedIn.run(tenant.operator(), () -> memberships.eliminateAll(Set.of(ids.getFirst()), "again", ads));

        assertThat(data.status(tenant.tenantId(), ids.getFirst())).isEqualTo("ELIMINATED");
        List<MembershipEvent> history = SignedIn.as(tenant.operator(), () -> memberships.history(ids.getFirst()));
        assertThat(history).extracting(MembershipEvent::type)
                .containsExactly(MembershipEventType.WARNED, MembershipEventType.ELIMINATED);
        assertThat(history).extracting(MembershipEvent::redLine).containsOnly("No advertising");
        assertThat(SignedIn.as(tenant.operator(), () -> memberships.find(ids.get(1))).orElseThrow().warningCount())
                .isOne();
    }

    @Test
    void bulkActionsStayInsideTheUsersCommunities() {
        List<UUID> mine = data.add(tenant.tenantId(), tenant.communityId(), List.of(Spec.of("Ann", "ann", PENDING_REVIEW)));
        List<UUID> unassigned = data.add(tenant.tenantId(), tenant.unassignedCommunityId(),
                List.of(Spec.of("Ben", "ben", PENDING_REVIEW)));
        Set<UUID> both = Set.of(mine.getFirst(), unassigned.getFirst());

        assertThatThrownBy(() -> SignedIn.run(tenant.operator(), () -> memberships.approveAll(both, null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(data.status(tenant.tenantId(), mine.getFirst())).isEqualTo("PENDING_REVIEW");
        assertThatThrownBy(() -> SignedIn.run(tenant.clientUser(), () -> memberships.approveAll(Set.copyOf(mine), null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        Fixture other = tenants.create();
        assertThatThrownBy(() -> SignedIn.run(other.admin(), () -> memberships.approveAll(Set.copyOf(mine), null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void joiningAFullCommunityIsRefused() {
        data.setCapacity(tenant.tenantId(), tenant.communityId(), 2);
        List<UUID> ids = data.add(tenant.tenantId(), tenant.communityId(), List.of(
                Spec.of("Ann", "ann", JOINED), Spec.of("Ben", "ben", PENDING_REVIEW), Spec.of("Cleo", "cleo", PENDING_REVIEW)));
        SignedIn.run(tenant.admin(), () -> memberships.approveAll(Set.of(ids.get(1), ids.get(2)), null));

        SignedIn.run(tenant.admin(), () -> memberships.join(ids.get(1)));
        assertThatThrownBy(() -> SignedIn.run(tenant.admin(), () -> memberships.join(ids.get(2))))
                .isInstanceOfSatisfying(UserFacingException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("membership.error.full");
                    assertThat(refusal.arguments()).containsExactly(2);
                });
        assertThat(data.status(tenant.tenantId(), ids.get(2))).isEqualTo("APPROVED");
    }

    @Test
    void taggingReachesTheGridCopyOfEveryMembership() {
        MemberForm form = new MemberForm();
        form.setName("Ann");
        form.setHandle("ann");
        MembershipSummary first = SignedIn.as(tenant.admin(), () -> members.addToCommunity(tenant.communityId(), form));
        MembershipSummary second = SignedIn.as(tenant.admin(),
                () -> members.addToCommunity(tenant.unassignedCommunityId(), form));

        SignedIn.run(tenant.admin(), () -> members.addTags(tenant.communityId(), Set.of(first.id()), Set.of("vip", " ")));

        assertThat(SignedIn.as(tenant.admin(), () -> memberships.find(second.id())).orElseThrow().tags())
                .containsExactly("vip");
    }
}
