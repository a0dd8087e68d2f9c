package app.communityops.members;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What automation rules ask about a member in one community: status, tags, tier, channel, warnings, when they
 * joined and were last active (silence is measured from the later of the two), and whether a rule flagged them as
 * an elimination candidate.
 */
public record MemberFacts(UUID membershipId, UUID communityId, UUID memberId, String memberName,
                          MembershipStatus status, Set<String> tags, @Nullable UUID tierId,
                          @Nullable UUID channelId, int warningCount, @Nullable Instant joinedAt,
                          @Nullable Instant lastActiveAt, @Nullable String eliminationFlag) {

    public MemberFacts {
        tags = Set.copyOf(tags);
    }

    /** Since when the member has been silent: the last activity, or the join if there was none. */
    public @Nullable Instant silentSince() {
        return lastActiveAt != null ? lastActiveAt : joinedAt;
    }
}
