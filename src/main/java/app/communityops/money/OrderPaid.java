package app.communityops.money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An order was recorded as paid, published in its transaction. {@code purchases} counts the member's orders in the
 * community with this one, so 1 is a first purchase and more a repurchase.
 */
public record OrderPaid(UUID tenantId, UUID orderId, UUID communityId, UUID memberId, BigDecimal amount,
                        String currency, Instant paidAt, int purchases) {

    public boolean firstPurchase() {
        return purchases == 1;
    }
}
