package app.communityops.screening;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Applies a screening policy to one application: a pure function of rules and facts, so every rule is checked
 * in plain unit tests. The rules are set out in {@code docs/decisions/0005-screening-evaluation.md}; in short,
 * automatic checks pass or fail, condition review waits for a human, ALL approves when every mechanism passed,
 * ANY when one did, and nothing is ever rejected automatically.
 */
public final class ScreeningEngine {

    private ScreeningEngine() {
    }

    public static Evaluation evaluate(ScreeningRules rules, ScreeningFacts facts) {
        List<MechanismResult> results = new ArrayList<>();
        if (rules.paidEntry()) {
            results.add(paidEntry(rules, facts));
        }
        if (rules.invitationCode()) {
            results.add(invitationCode(facts));
        }
        if (rules.conditionReview()) {
            results.add(conditionReview(rules, facts));
        }
        if (rules.tierPrivilege()) {
            results.add(tierPrivilege(rules, facts));
        }
        if (rules.purchaseAmount()) {
            results.add(purchaseAmount(rules, facts));
        }
        return new Evaluation(rules.combine(), results, verdict(rules.combine(), results), facts.reviewerApproved());
    }

    /** No mechanism enabled means an open community: there is nothing to screen, so the applicant is approved. */
    static Verdict verdict(Combine combine, List<MechanismResult> results) {
        if (results.isEmpty()) {
            return Verdict.APPROVE;
        }
        boolean approved = switch (combine) {
            case ALL -> results.stream().allMatch(r -> r.outcome() == Outcome.PASSED);
            case ANY -> results.stream().anyMatch(r -> r.outcome() == Outcome.PASSED);
        };
        return approved ? Verdict.APPROVE : Verdict.REVIEW;
    }

    private static MechanismResult paidEntry(ScreeningRules rules, ScreeningFacts facts) {
        String reference = facts.paymentReference();
        if (reference != null && !reference.isBlank()) {
            return result(ScreeningMechanism.PAID_ENTRY, Outcome.PASSED, "screening.reason.paid.passed",
                    reference.strip());
        }
        return result(ScreeningMechanism.PAID_ENTRY, Outcome.FAILED, "screening.reason.paid.missing",
                plain(rules.fee()), rules.currency());
    }

    private static MechanismResult invitationCode(ScreeningFacts facts) {
        ScreeningMechanism code = ScreeningMechanism.INVITATION_CODE;
        return switch (facts.code()) {
            case VALID -> result(code, Outcome.PASSED, "screening.reason.code.passed");
            case NONE -> result(code, Outcome.FAILED, "screening.reason.code.none");
            case UNKNOWN -> result(code, Outcome.FAILED, "screening.reason.code.unknown");
            case EXPIRED -> result(code, Outcome.FAILED, "screening.reason.code.expired");
            case EXHAUSTED -> result(code, Outcome.FAILED, "screening.reason.code.exhausted");
            case OTHER_COMMUNITY -> result(code, Outcome.FAILED, "screening.reason.code.otherCommunity");
        };
    }

    /**
     * Only a person decides a condition review: it passes once every listed condition is ticked and a reviewer
     * approves, and it never fails on its own (a reviewer rejects instead).
     */
    private static MechanismResult conditionReview(ScreeningRules rules, ScreeningFacts facts) {
        Set<UUID> ticked = new HashSet<>(facts.checkedConditionIds());
        ticked.retainAll(rules.conditionIds());
        String count = String.valueOf(ticked.size());
        String total = String.valueOf(rules.conditionIds().size());
        boolean allTicked = ticked.size() == rules.conditionIds().size();
        if (allTicked && facts.reviewerApproved()) {
            return result(ScreeningMechanism.CONDITION_REVIEW, Outcome.PASSED, "screening.reason.condition.passed",
                    count, total);
        }
        String reason = allTicked ? "screening.reason.condition.awaitingReviewer"
                : "screening.reason.condition.unticked";
        return result(ScreeningMechanism.CONDITION_REVIEW, Outcome.NEEDS_REVIEW, reason, count, total);
    }

    private static MechanismResult tierPrivilege(ScreeningRules rules, ScreeningFacts facts) {
        Integer minimum = rules.minTierRank();
        Integer rank = facts.tierRank();
        String required = rules.minTierName() == null ? "" : rules.minTierName();
        if (rank == null) {
            return result(ScreeningMechanism.TIER_PRIVILEGE, Outcome.FAILED, "screening.reason.tier.none", required);
        }
        String held = facts.tierName() == null ? String.valueOf(rank) : facts.tierName();
        if (minimum != null && rank >= minimum) {
            return result(ScreeningMechanism.TIER_PRIVILEGE, Outcome.PASSED, "screening.reason.tier.passed", held,
                    required);
        }
        return result(ScreeningMechanism.TIER_PRIVILEGE, Outcome.FAILED, "screening.reason.tier.below", held,
                required);
    }

    private static MechanismResult purchaseAmount(ScreeningRules rules, ScreeningFacts facts) {
        BigDecimal minimum = rules.minPurchase();
        BigDecimal lifetime = facts.lifetimePurchase();
        boolean reached = minimum != null && lifetime.compareTo(minimum) >= 0;
        return result(ScreeningMechanism.PURCHASE_AMOUNT, reached ? Outcome.PASSED : Outcome.FAILED,
                reached ? "screening.reason.purchase.passed" : "screening.reason.purchase.below",
                plain(lifetime), plain(minimum));
    }

    private static MechanismResult result(ScreeningMechanism mechanism, Outcome outcome, String key,
                                          String... arguments) {
        return new MechanismResult(mechanism, outcome, key, List.of(arguments));
    }

    private static String plain(@Nullable BigDecimal amount) {
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
    }
}
