package app.communityops.screening;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A joined member the community's thresholds flag: silent for the inactive-days limit, or warned up to the
 * warning limit, or both.
 */
public record EliminationCandidate(UUID membershipId, String memberName, @Nullable String memberHandle,
                                   @Nullable Instant joinedAt, @Nullable Instant lastActiveAt, int warningCount,
                                   boolean inactive, boolean warnedOut) {
}
