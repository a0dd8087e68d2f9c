package app.communityops.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The screening rules, without Spring or a database. */
class ScreeningEngineTest {

    static final UUID TRIAL_LESSONS = UUID.randomUUID();
    static final UUID DIRECTOR = UUID.randomUUID();

    static ScreeningRules only(ScreeningMechanism mechanism) {
        return new ScreeningRules(Combine.ALL, mechanism == ScreeningMechanism.PAID_ENTRY, new BigDecimal("19.90"),
                "CNY", mechanism == ScreeningMechanism.INVITATION_CODE,
                mechanism == ScreeningMechanism.CONDITION_REVIEW, Set.of(TRIAL_LESSONS),
                mechanism == ScreeningMechanism.TIER_PRIVILEGE, 2, "Gold",
                mechanism == ScreeningMechanism.PURCHASE_AMOUNT, new BigDecimal("500.00"));
    }

    static ScreeningFacts facts() {
        return new ScreeningFacts(null, CodeCheck.NONE, Set.of(), null, null, BigDecimal.ZERO, false);
    }

    static ScreeningFacts facts(String payment, CodeCheck code, Set<UUID> ticked, Integer tierRank,
                                String tierName, String lifetime) {
        return new ScreeningFacts(payment, code, ticked, tierRank, tierName, new BigDecimal(lifetime), false);
    }

    static MechanismResult single(Evaluation evaluation) {
        assertThat(evaluation.results()).hasSize(1);
        return evaluation.results().getFirst();
    }

    @Nested
    class PaidEntry {

        @Test
        void passesWhenAPaymentReferenceIsRecorded() {
            Evaluation evaluation = ScreeningEngine.evaluate(only(ScreeningMechanism.PAID_ENTRY),
                    facts(" WX-2026-0001 ", CodeCheck.NONE, Set.of(), null, null, "0"));
            assertThat(single(evaluation)).isEqualTo(new MechanismResult(ScreeningMechanism.PAID_ENTRY,
                    Outcome.PASSED, "screening.reason.paid.passed", java.util.List.of("WX-2026-0001")));
            assertThat(evaluation.verdict()).isEqualTo(Verdict.APPROVE);
        }

        @Test
        void failsWithoutAReferenceAndNamesTheExactFee() {
            Evaluation evaluation = ScreeningEngine.evaluate(only(ScreeningMechanism.PAID_ENTRY),
                    facts("  ", CodeCheck.NONE, Set.of(), null, null, "0"));
            MechanismResult result = single(evaluation);
            assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(result.reasonKey()).isEqualTo("screening.reason.paid.missing");
            assertThat(result.arguments()).containsExactly("19.9", "CNY");
            assertThat(evaluation.verdict()).isEqualTo(Verdict.REVIEW);
        }
    }

    @Nested
    class InvitationCode {

        @Test
        void passesWithAValidCode() {
            Evaluation evaluation = ScreeningEngine.evaluate(only(ScreeningMechanism.INVITATION_CODE),
                    facts(null, CodeCheck.VALID, Set.of(), null, null, "0"));
            assertThat(single(evaluation).outcome()).isEqualTo(Outcome.PASSED);
            assertThat(evaluation.verdict()).isEqualTo(Verdict.APPROVE);
        }

        @Test
        void failsWithTheReasonTheCodeWasRefused() {
            assertThat(reasonFor(CodeCheck.NONE)).isEqualTo("screening.reason.code.none");
            assertThat(reasonFor(CodeCheck.UNKNOWN)).isEqualTo("screening.reason.code.unknown");
            assertThat(reasonFor(CodeCheck.EXPIRED)).isEqualTo("screening.reason.code.expired");
            assertThat(reasonFor(CodeCheck.EXHAUSTED)).isEqualTo("screening.reason.code.exhausted");
            assertThat(reasonFor(CodeCheck.OTHER_COMMUNITY)).isEqualTo("screening.reason.code.otherCommunity");
        }

        private String reasonFor(CodeCheck check) {
            Evaluation evaluation = ScreeningEngine.evaluate(only(ScreeningMechanism.INVITATION_CODE),
                    facts(null, check, Set.of(), null, null, "0"));
            assertThat(single(evaluation).outcome()).isEqualTo(Outcome.FAILED);
            assertThat(evaluation.verdict()).isEqualTo(Verdict.REVIEW);
            return single(evaluation).reasonKey();
        }
    }

    @Nested
    class ConditionReview {

        @Test
        void alwaysWaitsForAPersonEvenWithEveryConditionTicked() {
            Evaluation evaluation = ScreeningEngine.evaluate(only(ScreeningMechanism.CONDITION_REVIEW),
                    facts(null, CodeCheck.NONE, Set.of(TRIAL_LESSONS), null, null, "0"));
            MechanismResult result = single(evaluation);
            assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
            assertThat(result.reasonKey()).isEqualTo("screening.reason.condition.awaitingReviewer");
            assertThat(result.arguments()).containsExactly("1", "1");
            assertThat(evaluation.verdict()).isEqualTo(Verdict.REVIEW);
        }

        @Test
        void passesWhenEveryConditionIsTickedAndTheReviewerApproves() {
            Evaluation evaluation = ScreeningEngine.evaluate(only(ScreeningMechanism.CONDITION_REVIEW),
                    facts(null, CodeCheck.NONE, Set.of(TRIAL_LESSONS), null, null, "0").withReviewerApproval());
            assertThat(single(evaluation).outcome()).isEqualTo(Outcome.PASSED);
            assertThat(evaluation.verdict()).isEqualTo(Verdict.APPROVE);
            assertThat(evaluation.reviewerApproved()).isTrue();
        }

        @Test
        void aReviewersApprovalDoesNotReplaceAnUntickedCondition() {
            ScreeningRules rules = new ScreeningRules(Combine.ALL, false, null, "CNY", false, true,
                    Set.of(TRIAL_LESSONS, DIRECTOR), false, null, null, false, null);
            Evaluation evaluation = ScreeningEngine.evaluate(rules,
                    facts(null, CodeCheck.NONE, Set.of(TRIAL_LESSONS, UUID.randomUUID()), null, null, "0")
                            .withReviewerApproval());
            MechanismResult result = single(evaluation);
            assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
            assertThat(result.reasonKey()).isEqualTo("screening.reason.condition.unticked");
            assertThat(result.arguments()).as("ticks of unknown conditions do not count").containsExactly("1", "2");
            assertThat(evaluation.verdict()).isEqualTo(Verdict.REVIEW);
        }

        @Test
        void criteriaWithoutListedConditionsPassOnTheReviewersApproval() {
            ScreeningRules rules = new ScreeningRules(Combine.ALL, false, null, "CNY", false, true, Set.of(), false,
                    null, null, false, null);
            assertThat(ScreeningEngine.evaluate(rules, facts()).verdict()).isEqualTo(Verdict.REVIEW);
            assertThat(ScreeningEngine.evaluate(rules, facts().withReviewerApproval()).verdict())
                    .isEqualTo(Verdict.APPROVE);
        }
    }

    @Nested
    class TierPrivilege {

        @Test
        void passesAtOrAboveTheMinimumRank() {
            assertThat(outcome(2)).isEqualTo(Outcome.PASSED);
            assertThat(outcome(3)).isEqualTo(Outcome.PASSED);
        }

        @Test
        void failsBelowTheMinimumOrWithoutATier() {
            assertThat(outcome(1)).isEqualTo(Outcome.FAILED);
            Evaluation none = ScreeningEngine.evaluate(only(ScreeningMechanism.TIER_PRIVILEGE), facts());
            assertThat(single(none).reasonKey()).isEqualTo("screening.reason.tier.none");
            assertThat(single(none).arguments()).containsExactly("Gold");
        }

        @Test
        void namesTheHeldAndTheRequiredTier() {
            Evaluation evaluation = ScreeningEngine.evaluate(only(ScreeningMechanism.TIER_PRIVILEGE),
                    facts(null, CodeCheck.NONE, Set.of(), 1, "Silver", "0"));
            assertThat(single(evaluation).reasonKey()).isEqualTo("screening.reason.tier.below");
            assertThat(single(evaluation).arguments()).containsExactly("Silver", "Gold");
        }

        private Outcome outcome(int rank) {
            return single(ScreeningEngine.evaluate(only(ScreeningMechanism.TIER_PRIVILEGE),
                    facts(null, CodeCheck.NONE, Set.of(), rank, "Tier " + rank, "0"))).outcome();
        }
    }

    @Nested
    class PurchaseAmount {

        @Test
        void passesAtOrAboveTheMinimumLifetimePurchase() {
            assertThat(outcome("500")).isEqualTo(Outcome.PASSED);
            assertThat(outcome("500.01")).isEqualTo(Outcome.PASSED);
        }

        @Test
        void failsBelowItByEvenOneCent() {
            assertThat(outcome("499.99")).isEqualTo(Outcome.FAILED);
            Evaluation evaluation = ScreeningEngine.evaluate(only(ScreeningMechanism.PURCHASE_AMOUNT),
                    facts(null, CodeCheck.NONE, Set.of(), null, null, "499.99"));
            assertThat(single(evaluation).arguments()).containsExactly("499.99", "500");
        }

        private Outcome outcome(String lifetime) {
            return single(ScreeningEngine.evaluate(only(ScreeningMechanism.PURCHASE_AMOUNT),
                    facts(null, CodeCheck.NONE, Set.of(), null, null, lifetime))).outcome();
        }
    }

    @Nested
    class Combining {

        final ScreeningRules codeOrPurchase = new ScreeningRules(Combine.ANY, false, null, "CNY", true, false,
                Set.of(), false, null, null, true, new BigDecimal("100"));

        @Test
        void allApprovesOnlyWhenEveryMechanismPassed() {
            ScreeningRules all = withCombine(codeOrPurchase, Combine.ALL);
            assertThat(ScreeningEngine.evaluate(all, facts(null, CodeCheck.VALID, Set.of(), null, null, "100"))
                    .verdict()).isEqualTo(Verdict.APPROVE);
            Evaluation oneFailed = ScreeningEngine.evaluate(all,
                    facts(null, CodeCheck.VALID, Set.of(), null, null, "99"));
            assertThat(oneFailed.verdict()).as("a failed check waits for review, never rejects")
                    .isEqualTo(Verdict.REVIEW);
            assertThat(oneFailed.result(ScreeningMechanism.PURCHASE_AMOUNT).orElseThrow().outcome())
                    .isEqualTo(Outcome.FAILED);
        }

        @Test
        void anyApprovesWhenOneMechanismPassed() {
            assertThat(ScreeningEngine.evaluate(codeOrPurchase,
                    facts(null, CodeCheck.NONE, Set.of(), null, null, "100")).verdict()).isEqualTo(Verdict.APPROVE);
            assertThat(ScreeningEngine.evaluate(codeOrPurchase,
                    facts(null, CodeCheck.VALID, Set.of(), null, null, "0")).verdict()).isEqualTo(Verdict.APPROVE);
            assertThat(ScreeningEngine.evaluate(codeOrPurchase,
                    facts(null, CodeCheck.EXPIRED, Set.of(), null, null, "0")).verdict()).isEqualTo(Verdict.REVIEW);
        }

        @Test
        void aMechanismWaitingForReviewDoesNotHoldUpAnyWhenAnotherPassed() {
            ScreeningRules rules = new ScreeningRules(Combine.ANY, false, null, "CNY", true, true,
                    Set.of(TRIAL_LESSONS), false, null, null, false, null);
            Evaluation evaluation = ScreeningEngine.evaluate(rules,
                    facts(null, CodeCheck.VALID, Set.of(), null, null, "0"));
            assertThat(evaluation.verdict()).isEqualTo(Verdict.APPROVE);
            assertThat(evaluation.result(ScreeningMechanism.CONDITION_REVIEW).orElseThrow().outcome())
                    .isEqualTo(Outcome.NEEDS_REVIEW);
        }

        @Test
        void resultsFollowTheOrderOfTheSourceText() {
            ScreeningRules everything = new ScreeningRules(Combine.ANY, true, BigDecimal.ONE, "CNY", true, true,
                    Set.of(), true, 1, "Gold", true, BigDecimal.ONE);
            assertThat(ScreeningEngine.evaluate(everything, facts()).results())
                    .extracting(MechanismResult::mechanism).containsExactly(ScreeningMechanism.values());
        }

        @Test
        void aCommunityWithoutMechanismsIsOpen() {
            Evaluation evaluation = ScreeningEngine.evaluate(ScreeningRules.OPEN, facts());
            assertThat(evaluation.results()).isEmpty();
            assertThat(evaluation.verdict()).isEqualTo(Verdict.APPROVE);
            assertThat(ScreeningEngine.evaluate(withCombine(ScreeningRules.OPEN, Combine.ANY), facts()).verdict())
                    .isEqualTo(Verdict.APPROVE);
        }

        private ScreeningRules withCombine(ScreeningRules rules, Combine combine) {
            return new ScreeningRules(combine, rules.paidEntry(), rules.fee(), rules.currency(),
                    rules.invitationCode(), rules.conditionReview(), rules.conditionIds(), rules.tierPrivilege(),
                    rules.minTierRank(), rules.minTierName(), rules.purchaseAmount(), rules.minPurchase());
        }
    }

    /** The source text's example: a 19.9 yuan fee AND three free trial lessons attended. */
    @Nested
    class CareerCampExample {

        final ScreeningRules camp = new ScreeningRules(Combine.ALL, true, new BigDecimal("19.90"), "CNY", false,
                true, Set.of(TRIAL_LESSONS), false, null, null, false, null);

        @Test
        void paidButLessonsNotYetConfirmedWaitsForReview() {
            Evaluation evaluation = ScreeningEngine.evaluate(camp,
                    facts("WX-1", CodeCheck.NONE, Set.of(), null, null, "0"));
            assertThat(evaluation.results()).extracting(MechanismResult::outcome)
                    .containsExactly(Outcome.PASSED, Outcome.NEEDS_REVIEW);
            assertThat(evaluation.verdict()).isEqualTo(Verdict.REVIEW);
        }

        @Test
        void paidLessonsTickedAndApprovedIsAdmitted() {
            Evaluation evaluation = ScreeningEngine.evaluate(camp,
                    facts("WX-1", CodeCheck.NONE, Set.of(TRIAL_LESSONS), null, null, "0").withReviewerApproval());
            assertThat(evaluation.results()).extracting(MechanismResult::outcome)
                    .containsExactly(Outcome.PASSED, Outcome.PASSED);
            assertThat(evaluation.verdict()).isEqualTo(Verdict.APPROVE);
        }

        @Test
        void lessonsAttendedButUnpaidIsNotAdmittedEvenByAReviewer() {
            Evaluation evaluation = ScreeningEngine.evaluate(camp,
                    facts(null, CodeCheck.NONE, Set.of(TRIAL_LESSONS), null, null, "0").withReviewerApproval());
            assertThat(evaluation.results()).extracting(MechanismResult::outcome)
                    .containsExactly(Outcome.FAILED, Outcome.PASSED);
            assertThat(evaluation.verdict()).isEqualTo(Verdict.REVIEW);
        }
    }
}
