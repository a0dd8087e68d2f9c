package app.communityops.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * What one currency brought in a period: net revenue, what was refunded of the period's orders, and the members
 * who paid in it. ARPPU is per currency because amounts in different currencies are never added.
 */
public record CurrencyFigures(String currency, BigDecimal netRevenue, BigDecimal refunded, long payingMembers) {

    public @Nullable BigDecimal arppu() {
        return payingMembers == 0 ? null
                : netRevenue.divide(BigDecimal.valueOf(payingMembers), 2, RoundingMode.HALF_UP);
    }
}
