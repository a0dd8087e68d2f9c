package app.communityops.money;

import java.time.Instant;
import java.util.UUID;

/** A buyer reviewed an order with {@code stars} (1 to 5), published in the review's transaction. */
public record OrderReviewed(UUID tenantId, UUID orderId, UUID communityId, UUID memberId, int stars,
                            Instant reviewedAt) {
}
