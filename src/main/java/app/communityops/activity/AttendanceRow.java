package app.communityops.activity;

import app.communityops.members.MembershipStatus;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A member of the community as the attendance list shows them. Equal by membership id. */
public record AttendanceRow(UUID membershipId, UUID memberId, String name, @Nullable String handle, MembershipStatus status,
                            boolean attended) {

    @Override
    public boolean equals(Object other) {
        return other instanceof AttendanceRow row && row.membershipId.equals(membershipId);
    }

    @Override
    public int hashCode() {
        return membershipId.hashCode();
    }
}
