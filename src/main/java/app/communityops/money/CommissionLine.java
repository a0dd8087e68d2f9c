package app.communityops.money;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What one partner earned in one month, per currency: commission on the month's paid orders minus commission on
 * the month's refunds (a refund after settlement lands in its own, later month, and may make it negative). A
 * settled month shows the amounts it was settled at.
 */
public record CommissionLine(UUID partnerId, String partnerName, YearMonth month, List<CurrencyAmount> owed,
                             boolean settled, @Nullable Instant settledAt, @Nullable String settledBy) {
}
