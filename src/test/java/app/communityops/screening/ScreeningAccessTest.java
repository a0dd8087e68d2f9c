package app.communityops.screening;

import static app.communityops.screening.ScreeningServiceTest.batch;
import static app.communityops.screening.ScreeningTestData.member;
import static app.communityops.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.community.CommunitySummary;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.NotFoundException;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every public method of the screening services, called by everyone who must not reach the community it names:
 * another tenant, an operator it is not assigned to, another client's user, a client user for staff work, and the
 * platform admin. Ids outside the caller's scope answer "not found"; roles without the right are denied.
 */
@IntegrationTest
class ScreeningAccessTest {

    /** The ids one community's records are reached by. */
    record Target(UUID community, UUID membership, UUID code, UUID redLine) {
    }

    /** One service call; {@code staffOnly} calls are denied to client users outright. */
    record Call(String name, boolean staffOnly, Function<Target, Object> work) {
    }

    @Autowired TestTenants tenants;
    @Autowired ScreeningService screening;
    @Autowired ScreeningPolicyService policies;
    @Autowired PositioningService positionings;
    @Autowired InvitationCodeService codes;
    @Autowired ReviewQueueService queue;
    @Autowired RedLineService redLines;
    @Autowired EliminationService elimination;
    @Autowired ScreeningStatsService stats;

    Fixture tenant;
    List<Call> calls;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
        calls = List.of(
                new Call("positioning.find", false, t -> positionings.find(t.community())),
                new Call("positioning.update", true, t -> positionings.update(t.community(), -1, new PositioningForm())),
                new Call("policy.find", false, t -> policies.find(t.community())),
                new Call("policy.update", true, t -> policies.update(t.community(), -1, new PolicyForm())),
                new Call("screening.apply", true, t -> screening.apply(t.community(), member("intruder"),
                        new EvidenceForm())),
                new Call("screening.updateEvidence", true, t -> screening.updateEvidence(t.membership(),
                        new EvidenceForm())),
                new Call("screening.tickConditions", true, t -> screening.tickConditions(t.membership(), Set.of())),
                new Call("screening.approve", true, t -> screening.approve(t.membership(), null)),
                new Call("screening.reject", true, t -> screening.reject(t.membership(), "No")),
                new Call("screening.readmit", true, t -> screening.readmit(t.membership(), new EvidenceForm())),
                new Call("queue.pending", true, t -> queue.pending(t.community(), 0, 10)),
                new Call("queue.count", true, t -> queue.count(t.community())),
                new Call("codes.generate", true, t -> codes.generate(t.community(), batch(1, 1, null), ZoneOffset.UTC)),
                new Call("codes.list", true, t -> codes.list(t.community(), 0, 10)),
                new Call("codes.count", true, t -> codes.count(t.community())),
                new Call("codes.broughtIn", true, t -> codes.broughtIn(t.code())),
                new Call("codes.memberOwners", true, t -> codes.memberOwners(t.community(), "", 10)),
                new Call("redLines.list", false, t -> redLines.list(t.community())),
                new Call("redLines.add", true, t -> redLines.add(t.community(), RedLineForm.of("x"))),
                new Call("redLines.update", true, t -> redLines.update(t.redLine(), 0, RedLineForm.of("x"))),
                new Call("redLines.setActive", true, t -> redLines.setActive(t.redLine(), 0, false)),
                new Call("elimination.candidates", true, t -> elimination.candidates(t.community(), 0, 10)),
                new Call("elimination.candidateCount", true, t -> elimination.candidateCount(t.community())),
                new Call("elimination.warn", true, t -> elimination.warn(t.membership(), "x", null)),
                new Call("elimination.eliminate", true, t -> elimination.eliminate(t.membership(), "x", null)),
                new Call("stats.passRates", false, t -> stats.passRates(t.community())),
                new Call("stats.flow", false, t -> stats.flow(t.community(), ZoneOffset.UTC)));
    }

    @Test
    void anotherTenantFindsNothingOfOurs() {
        Target ours = target(tenant, tenant.communityId());
        Fixture other = tenants.create();
        for (Call call : calls) {
            assertNotFound(other.admin(), call, ours);
        }
        assertThat(as(other.admin(), queue::pendingByCommunity).keySet()).extracting(CommunitySummary::id)
                .doesNotContain(tenant.communityId());
    }

    @Test
    void anOperatorReachesOnlyAssignedCommunities() {
        Target unassigned = target(tenant, tenant.unassignedCommunityId());
        for (Call call : calls) {
            assertNotFound(tenant.operator(), call, unassigned);
        }
        Target assigned = target(tenant, tenant.communityId());
        for (Call call : calls) {
            assertNotFound(tenant.otherOperator(), call, assigned);
        }
    }

    @Test
    void aClientUserReadsOnlyItsOwnClientsCommunitiesAndChangesNothing() {
        Target own = target(tenant, tenant.communityId());
        Target otherClients = target(tenant, tenant.otherClientCommunityId());
        for (Call call : calls) {
            if (call.staffOnly()) {
                assertThatThrownBy(() -> as(tenant.clientUser(), () -> call.work().apply(own)))
                        .as(call.name()).isInstanceOf(AccessDeniedException.class);
            } else {
                assertThat(as(tenant.clientUser(), () -> call.work().apply(own))).as(call.name()).isNotNull();
                assertNotFound(tenant.clientUser(), call, otherClients);
            }
        }
        assertThatThrownBy(() -> as(tenant.clientUser(), codes::staffOwners)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(tenant.clientUser(), queue::pendingByCommunity))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePlatformAdminIsDeniedEverything() {
        Target ours = target(tenant, tenant.communityId());
        AppPrincipal platform = tenants.platformAdmin();
        for (Call call : calls) {
            assertThatThrownBy(() -> as(platform, () -> call.work().apply(ours))).as(call.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as(platform, positionings::channels)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(platform, policies::tiers)).isInstanceOf(AccessDeniedException.class);
    }

    /** A pending application (paid entry unpaid), a code and a red line in the community, made by its admin. */
    private Target target(Fixture fixture, UUID community) {
        return as(fixture.admin(), () -> {
            PolicyForm form = new PolicyForm();
            form.setPaidEntry(true);
            form.setFee(BigDecimal.TEN);
            policies.update(community, -1, form);
            UUID membership = screening.apply(community, member("applicant-" + community), new EvidenceForm())
                    .membership().id();
            codes.generate(community, batch(1, 1, null), ZoneOffset.UTC);
            UUID code = codes.list(community, 0, 1).getFirst().id();
            UUID redLine = redLines.add(community, RedLineForm.of("No ads")).id();
            return new Target(community, membership, code, redLine);
        });
    }

    private static void assertNotFound(AppPrincipal user, Call call, Target target) {
        assertThatThrownBy(() -> as(user, () -> call.work().apply(target))).as(call.name())
                .isInstanceOf(NotFoundException.class);
    }
}
