package app.communityops.activity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Members were marked as having attended an activity, published in the transaction that marked them. Each entry
 * carries the member's attended activities in the community after the mark, in all and of this activity's type,
 * so a rule on "the third trial lesson" needs no further read.
 */
public record AttendanceRecorded(UUID tenantId, UUID activityId, UUID communityId, UUID activityTypeId,
                                 Instant attendedAt, List<Attendee> attendees) {

    public AttendanceRecorded {
        attendees = List.copyOf(attendees);
    }

    public record Attendee(UUID memberId, int attendedInAll, int attendedOfType) {
    }
}
