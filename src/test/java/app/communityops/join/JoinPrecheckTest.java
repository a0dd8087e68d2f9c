package app.communityops.join;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.screening.PrecheckAnswer;
import app.communityops.shared.UserFacingException;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The join page's check of standing against the tenant's records, on the real database: it answers only "passed"
 * or "not yet", the same for a stranger as for someone below the bar, sees no other tenant, judges as screening
 * then judges the application, and is held back sooner than applying.
 */
@IntegrationTest
class JoinPrecheckTest {

    @Autowired
    StandingData data;
    @Autowired
    JoinPublicService join;

    @Test
    void aMemberAtTheTierPassesAndOneBelowReadsExactlyAsAStranger() {
        StandingData.Standing standing = data.tierOnly();
        JoinTestData.Ready ready = standing.ready();
        data.person(ready.tenant(), ready.communityId(), "Gold Wang", "+86 139-0000-1001", "Gold.Wang@Example.test",
                standing.gold(), "0");
        data.person(ready.tenant(), ready.communityId(), "Silver Li", "13900001002", null, standing.silver(), "9000");

        // Typed as the applicant would, not as the record has it: the digits and the lower-cased email match.
        assertThat(join.check(ready.token(), "139 0000 1001", "10.1.0.1")).isEqualTo(PrecheckAnswer.PASSED);
        assertThat(join.check(ready.token(), "gold.wang@example.TEST", "10.1.0.2")).isEqualTo(PrecheckAnswer.PASSED);
        PrecheckAnswer below = join.check(ready.token(), "13900001002", "10.1.0.3");
        PrecheckAnswer unknownPhone = join.check(ready.token(), "13900001999", "10.1.0.4");
        PrecheckAnswer unknownEmail = join.check(ready.token(), "nobody@example.test", "10.1.0.5");

        assertThat(below).isEqualTo(PrecheckAnswer.NOT_YET).isSameAs(unknownPhone).isSameAs(unknownEmail);
    }

    @Test
    void theAmountBoughtIsCheckedTheSameWay() {
        StandingData.Standing standing = data.purchaseOnly();
        JoinTestData.Ready ready = standing.ready();
        data.person(ready.tenant(), ready.communityId(), "Buyer Zhao", "13900002001", null, null, "500.00");
        data.person(ready.tenant(), ready.communityId(), "Browser Qian", "13900002002", null, standing.gold(),
                "499.99");

        assertThat(join.check(ready.token(), "13900002001", "10.1.1.1")).isEqualTo(PrecheckAnswer.PASSED);
        assertThat(join.check(ready.token(), "13900002002", "10.1.1.2"))
                .isSameAs(join.check(ready.token(), "13900002999", "10.1.1.3")).isEqualTo(PrecheckAnswer.NOT_YET);
    }

    @Test
    void anotherTenantsMemberWithTheSamePhoneIsNotSeen() {
        StandingData.Standing standing = data.tierOnly();
        StandingData.Standing other = data.tiers(tenantsPage());
        data.person(other.ready().tenant(), other.ready().communityId(), "Elsewhere Sun", "13900003001",
                "elsewhere@example.test", other.gold(), "100000");

        assertThat(join.check(standing.ready().token(), "13900003001", "10.1.2.1")).isEqualTo(PrecheckAnswer.NOT_YET);
        assertThat(join.check(standing.ready().token(), "elsewhere@example.test", "10.1.2.2"))
                .isEqualTo(PrecheckAnswer.NOT_YET);
    }

    /**
     * Tier and purchases belong to the person, not to one community: screening gives a join page's applicant the
     * standing the tenant's records hold in any community, and the check says what screening then decides.
     */
    @Test
    void aMemberOfAnotherCommunityOfTheTenantCountsAsScreeningCountsThem() {
        StandingData.Standing standing = data.tierOnly();
        JoinTestData.Ready ready = standing.ready();
        TestTenants.Fixture tenant = ready.tenant();
        data.person(tenant, tenant.unassignedCommunityId(), "Gold Zhou", "13900004001", null, standing.gold(), "0");
        data.person(tenant, tenant.unassignedCommunityId(), "Silver Wu", "13900004002", null, standing.silver(), "0");

        assertThat(join.check(ready.token(), "13900004001", "10.1.3.1")).isEqualTo(PrecheckAnswer.PASSED);
        assertThat(join.check(ready.token(), "13900004002", "10.1.3.2")).isEqualTo(PrecheckAnswer.NOT_YET);

        String passed = join.apply(ready.token(), JoinTestData.applicant("Zhou", "+86 139 0000 4001"), "10.1.3.3");
        String below = join.apply(ready.token(), JoinTestData.applicant("Wu", "13900004002"), "10.1.3.4");
        String stranger = join.apply(ready.token(), JoinTestData.applicant("Zheng", "13900004999"), "10.1.3.5");
        assertThat(join.status(passed).orElseThrow().outcome()).isEqualTo(PublicStatus.Outcome.APPROVED);
        assertThat(join.status(below).orElseThrow().outcome()).isEqualTo(PublicStatus.Outcome.PENDING);
        assertThat(join.status(stranger).orElseThrow().outcome()).isEqualTo(PublicStatus.Outcome.PENDING);
    }

    @Test
    void theCheckIsHeldBackSoonerThanApplyingAndCountsAgainstIt() {
        StandingData.Standing standing = data.tierOnly();
        String token = standing.ready().token();
        for (int i = 0; i < 3; i++) {
            join.check(token, "1390000500" + i, "10.1.4.1");
        }
        assertRefused(() -> join.check(token, "13900005009", "10.1.4.1"), "join.error.tooMany", null);
        // Another address is not held back by the first one's probing.
        assertThat(join.check(token, "13900005009", "10.1.4.2")).isEqualTo(PrecheckAnswer.NOT_YET);
        // The three checks took three of the five applications the address may file at once.
        join.apply(token, JoinTestData.applicant("Applicant 1", "13900005101"), "10.1.4.1");
        join.apply(token, JoinTestData.applicant("Applicant 2", "13900005102"), "10.1.4.1");
        assertRefused(() -> join.apply(token, JoinTestData.applicant("Applicant 3", "13900005103"), "10.1.4.1"),
                "join.error.tooMany", null);
    }

    @Test
    void onlyAPhoneNumberOrEmailIsCheckedAndOnlyWhereThePolicyAsksForStanding() {
        StandingData.Standing standing = data.tierOnly();
        String token = standing.ready().token();
        assertRefused(() -> join.check(token, " ", "10.1.5.1"), "join.apply.error.required", "check");
        assertRefused(() -> join.check(token, "Gold Wang", "10.1.5.2"), "join.check.error.contact", "check");
        assertRefused(() -> join.check(token, "a@b", "10.1.5.3"), "join.check.error.contact", "check");
        assertRefused(() -> join.check("A".repeat(22), "13900006001", "10.1.5.4"), "join.error.notOpen", null);

        JoinTestData.Ready paidOnly = tenantsPage();
        assertRefused(() -> join.check(paidOnly.token(), "13900006001", "10.1.5.5"), "join.error.notOpen", null);
    }

    private JoinTestData.Ready tenantsPage() {
        return data.page();
    }

    private static void assertRefused(Runnable check, String key, String field) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(UserFacingException.class, refusal -> {
            assertThat(refusal.messageKey()).isEqualTo(key);
            assertThat(refusal.field()).isEqualTo(field);
        });
    }
}
