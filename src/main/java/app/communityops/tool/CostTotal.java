package app.communityops.tool;

import java.math.BigDecimal;
import java.util.UUID;

/** A monthly cost total for one category or community in one currency. */
public record CostTotal(UUID key, String label, String currency, BigDecimal monthly) {
}
