package app.communityops.screening;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A joined member the community's thresholds flag: silent for the inactive-days limit, or warned up to the
 * warning limit, or marked by an automation rule ({@code ruleFlag} is the rule's reason), or more than one of these.
 */
public record EliminationCandidate(UUID membershipId, String memberName, @Nullable String memberHandle,
                                   @Nullable Instant joinedAt, @Nullable Instant lastActiveAt, int warningCount,
                                   boolean inactive, boolean warnedOut,
                                   @Nullable String ruleFlag) {
}
