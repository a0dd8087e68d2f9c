package app.communityops.tool;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A tool with every field and its cost per month; {@code usages} lists only communities the reader may see.
 */
public record ToolSummary(UUID id, String name, UUID categoryId, String categoryName, @Nullable String vendor,
                          @Nullable String link, @Nullable String purpose, @Nullable FunnelStage funnelStage,
                          @Nullable UUID ownerId, @Nullable BigDecimal costAmount, @Nullable String currency,
                          BillingPeriod billingPeriod, @Nullable Integer seats, @Nullable LocalDate renewalDate,
                          ToolStatus status, CostSplit split, List<UsageShare> usages, long version) {

    /** The price per month, or nothing for a tool without a price. */
    public @Nullable BigDecimal monthlyCost() {
        return costAmount == null ? null : billingPeriod.monthly(costAmount);
    }
}
