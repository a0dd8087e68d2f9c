package app.communityops.money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One offer with what it sold in the scope asked for: orders not fully refunded, and their net revenue per
 * currency. The sales script and follow-up notes are empty for client users.
 */
public record OfferSummary(UUID id, String name, OfferType type, BigDecimal price, String currency,
                           OfferStatus status, @Nullable Instant saleFrom, @Nullable Instant saleUntil,
                           boolean hitProduct, @Nullable String salesScript, @Nullable String followUpNotes,
                           Set<UUID> communityIds, int orders, List<CurrencyAmount> revenue, long version) {

    /** Whether an order paid at that time falls in the sale window (start inclusive, end exclusive). */
    public boolean inSaleWindow(Instant at) {
        return (saleFrom == null || !at.isBefore(saleFrom)) && (saleUntil == null || at.isBefore(saleUntil));
    }
}
