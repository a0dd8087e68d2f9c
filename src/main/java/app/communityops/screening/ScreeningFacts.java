package app.communityops.screening;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What is known about an applicant when the policy is applied: the evidence they brought, the member's tier rank
 * and lifetime purchases, and whether a reviewer has approved (only the review queue sets that).
 */
public record ScreeningFacts(@Nullable String paymentReference, CodeCheck code, Set<UUID> checkedConditionIds,
                             @Nullable Integer tierRank, @Nullable String tierName, BigDecimal lifetimePurchase,
                             boolean reviewerApproved) {

    public ScreeningFacts {
        checkedConditionIds = Set.copyOf(checkedConditionIds);
    }

    public ScreeningFacts withReviewerApproval() {
        return new ScreeningFacts(paymentReference, code, checkedConditionIds, tierRank, tierName, lifetimePurchase,
                true);
    }
}
