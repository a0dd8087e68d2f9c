package app.communityops.tool;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A tool as one community sees it: what it is for and the community's share of its monthly cost. */
public record CommunityTool(UUID toolId, String name, String category, @Nullable String purpose,
                            @Nullable FunnelStage funnelStage, ToolStatus status, @Nullable BigDecimal monthlyShare,
                            @Nullable String currency) {
}
