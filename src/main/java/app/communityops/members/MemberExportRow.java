package app.communityops.members;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One member of a community as the CSV export writes it: the grid's row plus the member's own fields, by name, and
 * the health score and segment (empty while not scored yet).
 */
public record MemberExportRow(String name, @Nullable String nickname, String handle, @Nullable String phone,
                              @Nullable String email, Set<String> tags, @Nullable String channel,
                              @Nullable String tier, @Nullable BigDecimal lifetimePurchase, MembershipStatus status,
                              @Nullable Instant joinedAt, @Nullable Instant lastActiveAt, int warnings,
                              @Nullable Integer healthScore, @Nullable HealthSegment segment) {
}
