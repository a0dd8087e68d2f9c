package app.communityops.screening;

import app.communityops.members.MembershipStatus;
import java.time.Instant;
import java.util.UUID;

/** A membership that came in through an invitation code. */
public record BroughtInMember(UUID membershipId, String memberName, String memberHandle, MembershipStatus status,
                              Instant appliedAt) {
}
