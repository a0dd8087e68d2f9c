package app.communityops.tool;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What a tool's price is for. Monthly cost is the price per month; a yearly price counts as one twelfth a month. */
public enum BillingPeriod {
    MONTH, YEAR;

    public BigDecimal monthly(BigDecimal amount) {
        return this == YEAR ? amount.divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP)
                : amount.setScale(2, RoundingMode.HALF_UP);
    }
}
