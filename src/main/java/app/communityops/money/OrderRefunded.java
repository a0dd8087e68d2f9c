package app.communityops.money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Part or all of an order was refunded, published in the refund's transaction. */
public record OrderRefunded(UUID tenantId, UUID orderId, UUID communityId, UUID memberId, BigDecimal amount,
                            String currency, Instant refundedAt) {
}
