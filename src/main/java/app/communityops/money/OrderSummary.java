package app.communityops.money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One order as the community's orders grid shows it. {@code purchaseNumber} is 1 for the member's first purchase
 * in the community, 2 or more for a repurchase, and empty for a fully refunded order (it bought nothing).
 */
public record OrderSummary(UUID id, UUID communityId, UUID memberId, String memberName, UUID offerId,
                           String offerName, OfferType offerType, BigDecimal amount, String currency,
                           BigDecimal refunded, OrderStatus status, Instant paidAt, SalesChannel channel,
                           @Nullable String reference, @Nullable String referrerName,
                           @Nullable Integer purchaseNumber, @Nullable Integer rating, @Nullable String reviewText,
                           long version) {

    public BigDecimal refundable() {
        return amount.subtract(refunded);
    }

    public boolean firstPurchase() {
        return purchaseNumber != null && purchaseNumber == 1;
    }
}
