package app.communityops.screening;

import static app.communityops.screening.ScreeningTestData.member;
import static app.communityops.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.communityops.members.MemberTestData;
import app.communityops.members.MembershipEventType;
import app.communityops.members.MembershipService;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ScreeningStatsTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired TestTenants tenants;
    @Autowired ScreeningTestData data;
    @Autowired MemberTestData memberData;
    @Autowired ScreeningService screening;
    @Autowired ScreeningPolicyService policies;
    @Autowired ScreeningStatsService stats;
    @Autowired MembershipService memberships;

    Fixture tenant;
    UUID community;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
        community = tenant.communityId();
    }

    /**
     * Under "paid AND lessons": A paid, ticked and approved; B paid and rejected; C unpaid and rejected; D unpaid
     * and still waiting. Then under "paid" only: E paid and admitted. A is later eliminated.
     * Decided A, B, C, E; approved A, E. Paid entry screened all four and passed A, B, E; the condition review
     * screened A, B, C and passed A.
     */
    @Test
    void passRatesAreApprovedOverDecidedOverallAndPerMechanism() {
        PolicyDetails camp = policy(form -> {
            form.setPaidEntry(true);
            form.setFee(new BigDecimal("19.90"));
            form.setConditionReview(true);
            form.setConditions(List.of(new ConditionLine(null, "Three trial lessons")));
        });
        UUID lessons = camp.conditions().getFirst().id();
        UUID a = apply("a", "WX-A", lessons);
        as(tenant.operator(), () -> screening.approve(a, null));
        UUID b = apply("b", "WX-B");
        as(tenant.operator(), () -> screening.reject(b, "Did not attend"));
        UUID c = apply("c", null);
        as(tenant.operator(), () -> screening.reject(c, "Unpaid"));
        apply("d", null);
        policy(form -> form.setConditionReview(false));
        apply("e", "WX-E");
        as(tenant.operator(), () -> memberships.eliminate(a, "Posted ads", null));

        PassRates rates = as(tenant.clientUser(), () -> stats.passRates(community));

        assertThat(rates.decided()).isEqualTo(4);
        assertThat(rates.approved()).isEqualTo(2);
        assertThat(rates.rate().orElseThrow()).isCloseTo(0.5, within(1e-9));
        assertThat(rates.mechanisms()).containsExactly(
                new PassRates.MechanismRate(ScreeningMechanism.PAID_ENTRY, 4, 2, 3),
                new PassRates.MechanismRate(ScreeningMechanism.CONDITION_REVIEW, 3, 1, 1));
        assertThat(rates.mechanisms().get(1).checkPassRate().orElseThrow()).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void aCommunityWithNothingDecidedHasNoRate() {
        PassRates rates = as(tenant.operator(), () -> stats.passRates(community));
        assertThat(rates.decided()).isZero();
        assertThat(rates.rate()).isEmpty();
        assertThat(rates.mechanisms()).isEmpty();
    }

    @Test
    void flowCountsJoinsAndEliminationsPerMonthForTheLastTwelve() {
        UUID first = apply("first", null);
        apply("second", null);
        as(tenant.operator(), () -> memberships.eliminate(first, "Silent for months", null));
        YearMonth now = YearMonth.now(SHANGHAI);
        event(first, "JOINED", now.minusMonths(2));
        event(first, "ELIMINATED", now.minusMonths(11));
        event(first, "JOINED", now.minusMonths(12));

        List<MonthFlow> flow = as(tenant.clientUser(), () -> stats.flow(community, SHANGHAI));

        assertThat(flow).hasSize(12);
        assertThat(flow.getFirst()).isEqualTo(new MonthFlow(now.minusMonths(11), 0, 1));
        assertThat(flow.get(9)).isEqualTo(new MonthFlow(now.minusMonths(2), 1, 0));
        assertThat(flow.getLast()).isEqualTo(new MonthFlow(now, 2, 1));
        assertThat(flow.stream().mapToInt(MonthFlow::joins).sum()).as("a year ago is outside").isEqualTo(3);
    }

    /** On the first day of the month, just after midnight in Shanghai — still the previous month in UTC. */
    private void event(UUID membershipId, String type, YearMonth month) {
        memberData.event(tenant.tenantId(), membershipId, MembershipEventType.valueOf(type),
                month.atDay(1).atTime(0, 30).atZone(SHANGHAI).toInstant());
    }

    private UUID apply(String handle, String payment, UUID... ticked) {
        return as(tenant.operator(), () -> screening.apply(community, member(handle),
                EvidenceForm.of(payment, null, null, Set.of(ticked)))).membership().id();
    }

    private PolicyDetails policy(Consumer<PolicyForm> change) {
        return as(tenant.operator(), () -> {
            PolicyDetails current = policies.find(community);
            PolicyForm form = PolicyForm.of(current);
            change.accept(form);
            return policies.update(community, current.version(), form);
        });
    }
}
