package app.communityops.members;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A membership's health moved to another segment (from null: its first score), published by the recompute inside
 * its transaction for each change, so a listener that keeps it (automation's signals, for rules triggered by a
 * member entering "at risk") commits or rolls back with it.
 */
public record MemberSegmentChanged(UUID tenantId, UUID membershipId, UUID communityId, UUID memberId,
                                   @Nullable HealthSegment from, HealthSegment to, int score, Instant occurredAt) {
}
