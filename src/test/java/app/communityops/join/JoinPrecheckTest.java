package app.communityops.join;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.communityops.screening.PrecheckAnswer;
import app.communityops.screening.ReviewItem;
import app.communityops.screening.ReviewQueueService;
import app.communityops.shared.TenantContext;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.scheduling.TenantJobs;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The join page's check of standing against the tenant's records, on the real database: the records answer only
 * for an email address its holder proved with the mailed code, only "passed" or "not yet", the same for a stranger
 * as for someone below the bar; they see no other tenant, judge as screening then judges the application (which
 * gets a record's standing only through a proven address, never through a phone number), and the check is held
 * back sooner than applying.
 */
@IntegrationTest
class JoinPrecheckTest {

    @Autowired
    StandingData data;
    @Autowired
    JoinPublicService join;
    @Autowired
    ContactProofRetention retention;
    @Autowired
    ReviewQueueService reviews;
    @Autowired
    TenantJobs jobs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aMemberAtTheTierPassesAndOneBelowReadsExactlyAsAStranger() {
        StandingData.Standing standing = data.tierOnly();
        JoinTestData.Ready ready = standing.ready();
        data.person(ready.tenant(), ready.communityId(), "Gold Wang", "+86 139-0000-1001", "Gold.Wang@Example.test",
                standing.gold(), "0");
        data.person(ready.tenant(), ready.communityId(), "Silver Li", "13900001002", "silver.li@example.test",
                standing.silver(), "9000");

        // Typed as the applicant would, not as the record has it: the lower-cased address matches.
        assertThat(data.prove(ready, "gold.wang@example.TEST", "10.1.0.1").answer()).isEqualTo(PrecheckAnswer.PASSED);
        PrecheckAnswer below = data.prove(ready, "silver.li@example.test", "10.1.0.2").answer();
        PrecheckAnswer unknown = data.prove(ready, "nobody@example.test", "10.1.0.3").answer();

        assertThat(below).isEqualTo(PrecheckAnswer.NOT_YET).isSameAs(unknown);
    }

    @Test
    void theAmountBoughtIsCheckedTheSameWay() {
        StandingData.Standing standing = data.purchaseOnly();
        JoinTestData.Ready ready = standing.ready();
        data.person(ready.tenant(), ready.communityId(), "Buyer Zhao", null, "zhao@example.test", null, "500.00");
        data.person(ready.tenant(), ready.communityId(), "Browser Qian", null, "qian@example.test", standing.gold(),
                "499.99");

        assertThat(data.prove(ready, "zhao@example.test", "10.1.1.1").answer()).isEqualTo(PrecheckAnswer.PASSED);
        assertThat(data.prove(ready, "qian@example.test", "10.1.1.2").answer())
                .isSameAs(data.prove(ready, "stranger@example.test", "10.1.1.3").answer())
                .isEqualTo(PrecheckAnswer.NOT_YET);
    }

    @Test
    void anotherTenantsMemberWithTheSameAddressIsNotSeen() {
        StandingData.Standing standing = data.tierOnly();
        StandingData.Standing other = data.tiers(tenantsPage());
        data.person(other.ready().tenant(), other.ready().communityId(), "Elsewhere Sun", "13900003001",
                "elsewhere@example.test", other.gold(), "100000");

        assertThat(data.prove(standing.ready(), "elsewhere@example.test", "10.1.2.1").answer())
                .isEqualTo(PrecheckAnswer.NOT_YET);
    }

    /**
     * Tier and purchases belong to the person, not to one community: screening gives a join page's applicant the
     * standing the tenant's records hold in any community, for the address they proved, and the check says what
     * screening then decides. Knowing a member's phone number, or proving one address and applying with another,
     * lends no one that member's standing: the application waits for a reviewer.
     */
    @Test
    void aProvenAddressCountsAsScreeningCountsItAndNothingElseDoes() {
        StandingData.Standing standing = data.tierOnly();
        JoinTestData.Ready ready = standing.ready();
        TestTenants.Fixture tenant = ready.tenant();
        data.person(tenant, tenant.unassignedCommunityId(), "Gold Zhou", "13900004001", "zhou@example.test",
                standing.gold(), "0");

        StandingAnswer proven = data.prove(ready, "zhou@example.test", "10.1.3.1");
        assertThat(proven.answer()).isEqualTo(PrecheckAnswer.PASSED);
        StandingAnswer provenStranger = data.prove(ready, "zheng@example.test", "10.1.3.2");

        String passed = join.apply(ready.token(), withEmail(JoinTestData.applicant("Zhou", "13900004101"),
                "Zhou@example.test", proven.proof()), "10.1.3.3");
        String phoneOnly = join.apply(ready.token(), JoinTestData.applicant("Zhou Again", "13900004001"),
                "10.1.3.4");
        String otherAddress = join.apply(ready.token(), withEmail(JoinTestData.applicant("Zheng", "13900004102"),
                "zhou.too@example.test", provenStranger.proof()), "10.1.3.5");
        assertThat(join.status(passed).orElseThrow().outcome()).isEqualTo(PublicStatus.Outcome.APPROVED);
        assertThat(join.status(phoneOnly).orElseThrow().outcome()).isEqualTo(PublicStatus.Outcome.PENDING);
        assertThat(join.status(otherAddress).orElseThrow().outcome()).isEqualTo(PublicStatus.Outcome.PENDING);
        // The reviewer is told that "no tier" on these means "not looked up", not "none in the records".
        assertThat(SignedIn.as(tenant.operator(), () -> reviews.pending(ready.communityId(), 0, 10)))
                .extracting(ReviewItem::memberName, ReviewItem::answers)
                .containsExactlyInAnyOrder(
                        tuple("Zhou Again", "Tier and purchases were not looked up in the records: the applicant did "
                                + "not confirm an email address. Look them up by their phone or email before "
                                + "deciding."),
                        tuple("Zheng", "Tier and purchases were not looked up in the records: the applicant did not "
                                + "confirm an email address. Look them up by their phone or email before deciding."));
    }

    @Test
    void aCodeIsGoodForFiveTriesAFewMinutesAndOnce() {
        StandingData.Standing standing = data.tierOnly();
        JoinTestData.Ready ready = standing.ready();
        String token = ready.token();
        join.sendCode(token, "tries@example.test", Locale.ENGLISH, "10.1.6.1");
        String code = data.mailedCode(ready.tenant(), "tries@example.test");
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < ContactProofs.TRIES; i++) {
            assertRefused(() -> join.checkCode(token, "tries@example.test", wrong, "10.1.6.1"),
                    "join.check.error.code", "checkCode");
        }
        assertRefused(() -> join.checkCode(token, "tries@example.test", code, "10.1.6.1"), "join.check.error.code",
                "checkCode");

        join.sendCode(token, "once@example.test", Locale.ENGLISH, "10.1.6.2");
        String once = data.mailedCode(ready.tenant(), "once@example.test");
        assertThat(join.checkCode(token, "once@example.test", " " + once.substring(0, 3) + " " + once.substring(3),
                "10.1.6.2").proof()).hasSize(JoinTokens.LENGTH);
        assertRefused(() -> join.checkCode(token, "once@example.test", once, "10.1.6.2"), "join.check.error.code",
                "checkCode");

        join.sendCode(token, "late@example.test", Locale.ENGLISH, "10.1.6.3");
        String late = data.mailedCode(ready.tenant(), "late@example.test");
        inTenant(ready, "update join_contact_proof set expires_at = now() - interval '1 second'");
        assertRefused(() -> join.checkCode(token, "late@example.test", late, "10.1.6.3"), "join.check.error.code",
                "checkCode");
    }

    @Test
    void theMailIsInTheApplicantsLanguageAndTheRowsGoAfterADay() {
        StandingData.Standing standing = data.tierOnly();
        JoinTestData.Ready ready = standing.ready();
        join.sendCode(ready.token(), "zh@example.test", Locale.SIMPLIFIED_CHINESE, "10.1.7.1");
        String subject = TenantContext.callAs(ready.tenant().tenantId(), () -> new TransactionTemplate(
                transactionManager).execute(status -> jdbc.queryForObject(
                "select subject from mail_outbox where recipient_email = 'zh@example.test'", String.class)));
        assertThat(subject).matches("\\d{6} 是你加入「.+」的验证码");

        assertThat(jobs.inTenant(ready.tenant().tenantId(), retention::purge)).isZero();
        inTenant(ready, "update join_contact_proof set sent_at = now() - interval '25 hours'");
        assertThat(jobs.inTenant(ready.tenant().tenantId(), retention::purge)).isEqualTo(1);
    }

    @Test
    void theCheckIsHeldBackSoonerThanApplyingAndCountsAgainstIt() {
        StandingData.Standing standing = data.tierOnly();
        String token = standing.ready().token();
        for (int i = 0; i < 3; i++) {
            join.sendCode(token, "probe" + i + "@example.test", Locale.ENGLISH, "10.1.4.1");
        }
        assertRefused(() -> join.sendCode(token, "probe9@example.test", Locale.ENGLISH, "10.1.4.1"),
                "join.error.tooMany", null);
        // Another address is not held back by the first one's probing.
        join.sendCode(token, "probe9@example.test", Locale.ENGLISH, "10.1.4.2");
        // The three codes took three of the five applications the address may file at once.
        join.apply(token, JoinTestData.applicant("Applicant 1", "13900005101"), "10.1.4.1");
        join.apply(token, JoinTestData.applicant("Applicant 2", "13900005102"), "10.1.4.1");
        assertRefused(() -> join.apply(token, JoinTestData.applicant("Applicant 3", "13900005103"), "10.1.4.1"),
                "join.error.tooMany", null);
    }

    @Test
    void onlyAnEmailAddressIsCheckedAndOnlyWhereThePolicyAsksForStanding() {
        StandingData.Standing standing = data.tierOnly();
        String token = standing.ready().token();
        assertRefused(() -> join.sendCode(token, " ", Locale.ENGLISH, "10.1.5.1"), "join.apply.error.required",
                "check");
        assertRefused(() -> join.sendCode(token, "13900006001", Locale.ENGLISH, "10.1.5.2"), "join.check.error.email",
                "check");
        assertRefused(() -> join.sendCode(token, "a@b", Locale.ENGLISH, "10.1.5.3"), "join.check.error.email",
                "check");
        assertRefused(() -> join.sendCode("A".repeat(22), "x@example.test", Locale.ENGLISH, "10.1.5.4"),
                "join.error.notOpen", null);
        assertRefused(() -> join.checkCode(token, "never@example.test", "123456", "10.1.5.5"),
                "join.check.error.code", "checkCode");

        JoinTestData.Ready paidOnly = tenantsPage();
        assertRefused(() -> join.sendCode(paidOnly.token(), "x@example.test", Locale.ENGLISH, "10.1.5.6"),
                "join.error.notOpen", null);
    }

    private JoinTestData.Ready tenantsPage() {
        return data.page();
    }

    private static ApplicantForm withEmail(ApplicantForm form, String email, String proof) {
        form.setEmail(email);
        form.setStandingProof(proof);
        return form;
    }

    private void inTenant(JoinTestData.Ready ready, String update) {
        TenantContext.callAs(ready.tenant().tenantId(), () -> new TransactionTemplate(transactionManager)
                .execute(status -> jdbc.update(update + " where community_id = ?", ready.communityId())));
    }

    private static void assertRefused(Runnable check, String key, String field) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(UserFacingException.class, refusal -> {
            assertThat(refusal.messageKey()).isEqualTo(key);
            assertThat(refusal.field()).isEqualTo(field);
        });
    }
}
