package app.communityops.money;

import java.math.BigDecimal;

/** Net revenue of one revenue stream (offer type) in one currency. */
public record StreamRevenue(OfferType type, String currency, BigDecimal amount) {
}
