package app.communityops.money;

import java.math.BigDecimal;

/** Derived from the refunds, never typed: nothing refunded, part of it, or all of it. */
public enum OrderStatus {
    PAID, PARTIALLY_REFUNDED, REFUNDED;

    public static OrderStatus of(BigDecimal amount, BigDecimal refunded) {
        if (refunded.signum() == 0) {
            return PAID;
        }
        return refunded.compareTo(amount) >= 0 ? REFUNDED : PARTIALLY_REFUNDED;
    }
}
