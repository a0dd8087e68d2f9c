package app.communityops.screening;

import app.communityops.members.MembershipStatus;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A membership that came in through an invitation code. */
public record BroughtInMember(UUID membershipId, String memberName, @Nullable String memberHandle,
                              MembershipStatus status,
                              Instant appliedAt) {
}
