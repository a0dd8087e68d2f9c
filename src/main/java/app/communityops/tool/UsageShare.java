package app.communityops.tool;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A community using a tool, its weight and its share of the tool's monthly cost (none for a tool without price). */
public record UsageShare(UUID communityId, BigDecimal weight, @Nullable BigDecimal monthlyShare) {
}
