package app.communityops.members;

import static app.communityops.members.HealthFactorKind.ACTIVE_DAYS;
import static app.communityops.members.HealthFactorKind.ATTENDED;
import static app.communityops.members.HealthFactorKind.CONTENT_INTERACTIONS;
import static app.communityops.members.HealthFactorKind.ENGAGEMENT_KINDS;
import static app.communityops.members.HealthFactorKind.PURCHASES;
import static app.communityops.members.HealthFactorKind.SILENT_DAYS;
import static app.communityops.members.HealthFactorKind.WARNINGS;
import static app.communityops.members.HealthSegment.AT_RISK;
import static app.communityops.members.HealthSegment.CHAMPION;
import static app.communityops.members.HealthSegment.SLIPPING;
import static app.communityops.members.HealthSegment.STEADY;
import static app.communityops.members.MemberHealthTestData.factor;
import static app.communityops.members.MembershipStatus.JOINED;
import static app.communityops.members.MembershipStatus.LEFT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import app.communityops.members.MemberHealthTestData.Score;
import app.communityops.members.MemberTestData.Spec;
import app.communityops.shared.NotFoundException;
import app.communityops.tenancy.TenantZone;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class MemberHealthServiceTest {

    @Autowired TestTenants tenants;
    @Autowired MemberTestData members;
    @Autowired MemberHealthTestData health;
    @Autowired MemberHealthService service;
    @Autowired TenantZone zones;

    Fixture tenant;
    YearMonth running;
    List<UUID> ids;

    @BeforeEach
    void setUp() {
        tenant = tenants.create();
        running = YearMonth.now(zones.of(tenant.tenantId()));
        ids = members.add(tenant.tenantId(), tenant.communityId(), List.of(
                Spec.of("Alice Wang", "alice", JOINED),
                Spec.of("Bob Li", "bob", JOINED),
                Spec.of("Cleo Chen", "cleo", JOINED),
                Spec.of("Dan Zhao", "dan", JOINED),
                Spec.of("Eve Sun", "eve", LEFT)));
        health.score(tenant.tenantId(), ids.get(0), running, Score.of(91, CHAMPION).monthStart(STEADY)
                .trend(70, 80, 91));
        health.score(tenant.tenantId(), ids.get(1), running, Score.of(35, AT_RISK).monthStart(STEADY)
                .since(LocalDate.parse("2026-11-28"))
                .factors(factor(SILENT_DAYS, 18, null, -20), factor(ATTENDED, 0, 4, -12),
                        factor(PURCHASES, 2, null, 5)));
        health.score(tenant.tenantId(), ids.get(2), running, Score.of(12, SLIPPING).monthStart(AT_RISK)
                .factors(factor(WARNINGS, 3, null, -30), factor(SILENT_DAYS, 5, null, -4)));
        health.score(tenant.tenantId(), ids.get(3), running, Score.of(44, AT_RISK).monthStart(null));
        health.score(tenant.tenantId(), ids.get(4), running, Score.of(50, STEADY).monthStart(STEADY));
    }

    @Test
    void aMembershipsHealthWithItsFactorsAndTrend() {
        MemberHealth alice = SignedIn.as(tenant.operator(), () -> service.health(ids.get(0))).orElseThrow();
        assertThat(alice.score()).isEqualTo(91);
        assertThat(alice.segment()).isEqualTo(CHAMPION);
        assertThat(alice.trend()).containsExactly(70, 80, 91);
        assertThat(alice.computedAt()).isEqualTo(MemberHealthTestData.COMPUTED_AT);

        MemberHealth bob = SignedIn.as(tenant.admin(), () -> service.health(ids.get(1))).orElseThrow();
        assertThat(bob.segmentSince()).isEqualTo(LocalDate.parse("2026-11-28"));
        assertThat(bob.factors()).extracting(HealthFactor::kind, HealthFactor::value, HealthFactor::of)
                .containsExactly(tuple(SILENT_DAYS, 18, null), tuple(ACTIVE_DAYS, 0, 30), tuple(ENGAGEMENT_KINDS, 0, 8),
                        tuple(ATTENDED, 0, 4), tuple(CONTENT_INTERACTIONS, 0, null), tuple(PURCHASES, 2, null));
    }

    @Test
    void aMemberWithoutAScoreYetHasNone() {
        UUID fresh = members.add(tenant.tenantId(), tenant.communityId(), List.of(Spec.of("New One", "new", JOINED)))
                .getFirst();
        assertThat(SignedIn.as(tenant.operator(), () -> service.health(fresh))).isEmpty();
    }

    @Test
    void clientsReadTheirCommunitiesWithoutWhatAMemberBuys() {
        MemberHealth bob = SignedIn.as(tenant.clientUser(), () -> service.health(ids.get(1))).orElseThrow();
        assertThat(bob.factors()).extracting(HealthFactor::kind)
                .containsExactly(SILENT_DAYS, ACTIVE_DAYS, ENGAGEMENT_KINDS, ATTENDED, CONTENT_INTERACTIONS);
        AtRiskPage page = SignedIn.as(tenant.clientUser(), () -> service.atRisk(tenant.communityId(), 0, 10));
        assertThat(page.members()).extracting(AtRiskMember::handle).containsOnlyNulls();
        assertThat(page.members()).allSatisfy(member -> assertThat(member.factors()).extracting(HealthFactor::kind)
                .doesNotContain(PURCHASES));
    }

    @Test
    void otherCommunitiesAndTenantsAreNotFound() {
        UUID elsewhere = members.add(tenant.tenantId(), tenant.otherClientCommunityId(),
                List.of(Spec.of("Far Away", "far", JOINED))).getFirst();
        health.score(tenant.tenantId(), elsewhere, running, Score.of(10, SLIPPING));
        assertThatThrownBy(() -> SignedIn.as(tenant.clientUser(), () -> service.health(elsewhere)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.as(tenant.clientUser(),
                () -> service.atRisk(tenant.otherClientCommunityId(), 0, 10))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.as(tenant.otherOperator(), () -> service.health(ids.get(1))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.as(tenant.otherOperator(), () -> service.flows(tenant.communityId(), 6)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.as(tenant.otherOperator(), () -> service.asOf(tenant.communityId())))
                .isInstanceOf(NotFoundException.class);

        Fixture other = tenants.create();
        assertThatThrownBy(() -> SignedIn.as(other.admin(), () -> service.health(ids.get(1))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.as(other.admin(), () -> service.atRisk(tenant.communityId(), 0, 10)))
                .isInstanceOf(NotFoundException.class);
        assertThat(SignedIn.as(other.admin(), () -> service.atRisk(other.communityId(), 0, 10)).total()).isZero();
        assertThat(SignedIn.as(other.admin(), () -> service.asOf(other.communityId()))).isEmpty();
    }

    @Test
    void platformAdminsAreRefused() {
        assertThatThrownBy(() -> SignedIn.as(tenants.platformAdmin(), () -> service.asOf(tenant.communityId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theAtRiskListHoldsJoinedMembersAtRiskOrSlippingLowestScoreFirst() {
        AtRiskPage page = SignedIn.as(tenant.operator(), () -> service.atRisk(tenant.communityId(), 0, 2));
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.asOf()).isEqualTo(MemberHealthTestData.COMPUTED_AT);
        assertThat(page.members()).extracting(AtRiskMember::name, AtRiskMember::segment, AtRiskMember::score)
                .containsExactly(tuple("Cleo Chen", SLIPPING, 12), tuple("Bob Li", AT_RISK, 35));
        assertThat(page.members().get(1).handle()).isEqualTo("bob");
        assertThat(page.members().get(0).dominant()).map(HealthFactor::kind).contains(WARNINGS);
        assertThat(HealthAdvice.nextStepKey(page.members().get(1).factors())).isEqualTo("health.nextStep.SILENT_DAYS");

        AtRiskPage next = SignedIn.as(tenant.operator(), () -> service.atRisk(tenant.communityId(), 2, 2));
        assertThat(next.members()).extracting(AtRiskMember::name).containsExactly("Dan Zhao");
        assertThat(HealthAdvice.nextStepKey(next.members().getFirst().factors()))
                .isEqualTo(HealthAdvice.GENERAL_NEXT_STEP);
    }

    @Test
    void flowsReadClosedMonthsAndTheRunningOneWithJoinersAndLeavers() {
        YearMonth last = running.minusMonths(1);
        health.flow(tenant.tenantId(), tenant.communityId(), last, null, STEADY, 4);
        health.flow(tenant.tenantId(), tenant.communityId(), last, STEADY, AT_RISK, 2);
        health.flow(tenant.tenantId(), tenant.communityId(), last, AT_RISK, null, 1);
        health.flow(tenant.tenantId(), tenant.communityId(), running.minusMonths(9), STEADY, STEADY, 7);

        HealthFlows flows = SignedIn.as(tenant.clientUser(), () -> service.flows(tenant.communityId(), 6));
        assertThat(flows.months()).hasSize(6).endsWith(last, running).startsWith(running.minusMonths(5));
        assertThat(flows.asOf()).isEqualTo(MemberHealthTestData.COMPUTED_AT);
        assertThat(flows.of(last)).extracting(HealthFlow::from, HealthFlow::to, HealthFlow::members)
                .containsExactlyInAnyOrder(tuple(null, STEADY, 4), tuple(STEADY, AT_RISK, 2), tuple(AT_RISK, null, 1));
        assertThat(flows.of(running)).extracting(HealthFlow::from, HealthFlow::to, HealthFlow::members)
                .containsExactlyInAnyOrder(tuple(STEADY, CHAMPION, 1), tuple(STEADY, AT_RISK, 1),
                        tuple(AT_RISK, SLIPPING, 1), tuple(null, AT_RISK, 1), tuple(STEADY, null, 1));
        assertThat(flows.endingIn(running, AT_RISK)).isEqualTo(2);
        assertThat(flows.of(running.minusMonths(9))).isEmpty();
    }

    @Test
    void figuresAreReadAgainOnceANewComputationLands() {
        assertThat(SignedIn.as(tenant.operator(), () -> service.atRisk(tenant.communityId(), 0, 10)).total())
                .isEqualTo(3);
        assertThat(SignedIn.as(tenant.operator(), () -> service.flows(tenant.communityId(), 6))
                .endingIn(running, AT_RISK)).isEqualTo(2);
        health.score(tenant.tenantId(), ids.get(3), running, Score.of(70, STEADY).monthStart(null));
        health.computedAt(tenant.tenantId(), tenant.communityId(), MemberHealthTestData.COMPUTED_AT.plusSeconds(86_400));

        AtRiskPage page = SignedIn.as(tenant.operator(), () -> service.atRisk(tenant.communityId(), 0, 10));
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.asOf()).isEqualTo(MemberHealthTestData.COMPUTED_AT.plusSeconds(86_400));
        assertThat(SignedIn.as(tenant.operator(), () -> service.flows(tenant.communityId(), 6))
                .endingIn(running, AT_RISK)).isEqualTo(1);
    }

    @Test
    void aCommunityWithoutScoresHasNoFlowsAndNoAsOf() {
        HealthFlows flows = SignedIn.as(tenant.admin(), () -> service.flows(tenant.unassignedCommunityId(), 6));
        assertThat(flows.isEmpty()).isTrue();
        assertThat(flows.asOf()).isNull();
        assertThat(flows.months()).hasSize(6);
        assertThat(flows.hasMembers()).as("no member joined yet").isFalse();
        members.add(tenant.tenantId(), tenant.unassignedCommunityId(), List.of(Spec.of("First", "first", JOINED)));
        HealthFlows unscored = SignedIn.as(tenant.admin(), () -> service.flows(tenant.unassignedCommunityId(), 6));
        assertThat(unscored.hasMembers()).as("a member, not scored yet").isTrue();
        assertThat(unscored.asOf()).isNull();
    }
}
