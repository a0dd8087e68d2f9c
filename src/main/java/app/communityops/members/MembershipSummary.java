package app.communityops.members;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One membership as the grid, the side panel and the review queue show it. */
public record MembershipSummary(UUID id, UUID communityId, UUID memberId, MembershipStatus status, String memberName,
                                @Nullable String memberHandle, @Nullable UUID channelId, @Nullable UUID tierId, Set<String> tags,
                                Set<String> mechanisms, Instant appliedAt, @Nullable Instant decidedAt,
                                @Nullable String decisionReason, @Nullable Instant joinedAt, @Nullable Instant leftAt,
                                int level, @Nullable Instant lastActiveAt, int warningCount,
                                @Nullable String paymentReference, @Nullable UUID invitationCodeId,
                                @Nullable String answers, Set<UUID> checkedConditionIds, String screening,
                                long version) {
}
