package app.communityops.screening;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A community's screening policy; {@code version} is -1 for a community that has none yet (it is open). */
public record PolicyDetails(UUID communityId, Combine combine, boolean paidEntry, @Nullable BigDecimal fee,
                            String currency, boolean invitationCode, boolean conditionReview,
                            @Nullable String criteria, List<ConditionDetails> conditions, boolean tierPrivilege,
                            @Nullable UUID minTierId, @Nullable String minTierName, boolean purchaseAmount,
                            @Nullable BigDecimal minPurchase, int inactiveDays, int warningLimit, long version) {

    public PolicyDetails {
        conditions = List.copyOf(conditions);
    }

    public static PolicyDetails none(UUID communityId, List<ConditionDetails> conditions) {
        return new PolicyDetails(communityId, Combine.ALL, false, null, "CNY", false, false, null, conditions, false,
                null, null, false, null, 60, 3, -1);
    }

    public boolean exists() {
        return version >= 0;
    }

    public Set<ScreeningMechanism> enabledMechanisms() {
        Set<ScreeningMechanism> enabled = EnumSet.noneOf(ScreeningMechanism.class);
        if (paidEntry) {
            enabled.add(ScreeningMechanism.PAID_ENTRY);
        }
        if (invitationCode) {
            enabled.add(ScreeningMechanism.INVITATION_CODE);
        }
        if (conditionReview) {
            enabled.add(ScreeningMechanism.CONDITION_REVIEW);
        }
        if (tierPrivilege) {
            enabled.add(ScreeningMechanism.TIER_PRIVILEGE);
        }
        if (purchaseAmount) {
            enabled.add(ScreeningMechanism.PURCHASE_AMOUNT);
        }
        return enabled;
    }
}
