package app.communityops.money;

import java.math.BigDecimal;

/** An exact amount in one ISO 4217 currency. Amounts in different currencies are listed side by side, never added. */
public record CurrencyAmount(String currency, BigDecimal amount) {
}
