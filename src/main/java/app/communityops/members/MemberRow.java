package app.communityops.members;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of the members grid, with the member's health score and segment (empty while not scored yet); {@code handle} is empty for users who may not read it ({@link MemberFields}). Equal by membership id, so a changed row stays the same selected item. */
public record MemberRow(UUID membershipId, UUID memberId, String name, @Nullable String handle, MembershipStatus status,
                        @Nullable UUID channelId, @Nullable UUID tierId, Set<String> tags,
                        Set<String> mechanisms, Instant appliedAt, @Nullable Instant joinedAt,
                        @Nullable Instant lastActiveAt, int warningCount, @Nullable Integer score,
                        @Nullable HealthSegment segment) {

    @Override
    public boolean equals(Object other) {
        return other instanceof MemberRow row && row.membershipId.equals(membershipId);
    }

    @Override
    public int hashCode() {
        return membershipId.hashCode();
    }
}
