package app.communityops.tool;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Divides a tool's monthly cost among its communities: evenly, or in proportion to their weights. Each share is
 * rounded to cents, as the SQL totals do, so the grid and the totals agree.
 */
final class CostShares {

    private CostShares() {
    }

    static List<UsageShare> of(@Nullable BigDecimal monthly, CostSplit split, List<ToolUsage> usages) {
        BigDecimal totalWeight = usages.stream().map(ToolUsage::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        return usages.stream().map(usage -> new UsageShare(usage.communityId(), usage.weight(),
                monthly == null ? null : share(monthly, split, usage.weight(), totalWeight, usages.size()))).toList();
    }

    private static BigDecimal share(BigDecimal monthly, CostSplit split, BigDecimal weight, BigDecimal totalWeight,
                                    int communities) {
        if (split == CostSplit.WEIGHT && totalWeight.signum() > 0) {
            return monthly.multiply(weight).divide(totalWeight, 2, RoundingMode.HALF_UP);
        }
        return monthly.divide(BigDecimal.valueOf(communities), 2, RoundingMode.HALF_UP);
    }
}
