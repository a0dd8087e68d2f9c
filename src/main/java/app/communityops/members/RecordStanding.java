package app.communityops.members;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the tenant's records say of the person behind a phone number or email: the highest tier any of their
 * records holds (with its rank) and the largest lifetime purchase; nothing of who they are.
 */
public record RecordStanding(@Nullable UUID tierId, @Nullable Integer tierRank, BigDecimal lifetimePurchase) {
}
