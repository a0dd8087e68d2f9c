package app.communityops.join;

import app.communityops.screening.Combine;
import app.communityops.screening.ConditionDetails;
import app.communityops.screening.PolicyDetails;
import java.util.Comparator;
import java.util.List;

/** The applicant's steps read from a screening policy, in the order the page shows them. */
final class PolicySteps {

    private PolicySteps() {
    }

    static PublicJoinPage.Steps of(PolicyDetails policy) {
        List<PublicJoinPage.Question> questions = policy.conditionReview()
                ? policy.conditions().stream().sorted(Comparator.comparingInt(ConditionDetails::position))
                        .map(condition -> new PublicJoinPage.Question(condition.id(), condition.label())).toList()
                : List.of();
        return new PublicJoinPage.Steps(policy.combine() == Combine.ANY, questions, policy.invitationCode(),
                policy.tierPrivilege() ? policy.minTierName() : null,
                policy.purchaseAmount() ? policy.minPurchase() : null, policy.paidEntry(),
                policy.paidEntry() ? policy.fee() : null, policy.currency());
    }
}
