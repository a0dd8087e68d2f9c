package app.communityops.money;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A partner's own rate for one offer (0 to 1), beside the rate of the offer's type it takes the place of, if the
 * partner has one, so the screen can show what the offer would earn without it.
 */
public record OfferRate(UUID offerId, String offerName, OfferType offerType, BigDecimal rate,
                        @Nullable BigDecimal typeRate) {
}
