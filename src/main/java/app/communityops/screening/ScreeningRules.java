package app.communityops.screening;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A policy as the engine needs it: which mechanisms are on and their thresholds, the minimum tier as a rank.
 * {@link #OPEN} is a community without a policy.
 */
public record ScreeningRules(Combine combine, boolean paidEntry, @Nullable BigDecimal fee, String currency,
                             boolean invitationCode, boolean conditionReview, Set<UUID> conditionIds,
                             boolean tierPrivilege, @Nullable Integer minTierRank, @Nullable String minTierName,
                             boolean purchaseAmount, @Nullable BigDecimal minPurchase) {

    public static final ScreeningRules OPEN = new ScreeningRules(Combine.ALL, false, null, "CNY", false, false,
            Set.of(), false, null, null, false, null);

    public ScreeningRules {
        conditionIds = Set.copyOf(conditionIds);
    }
}
