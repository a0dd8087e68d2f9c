package app.communityops.members;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A member import wrote history entries in bulk (one per new membership, joined or applied), published once per
 * import in its transaction with the memberships and the entry each got.
 */
public record MembershipsImported(UUID tenantId, UUID communityId, Instant recordedAt, List<Entry> entries) {

    public MembershipsImported {
        entries = List.copyOf(entries);
    }

    public record Entry(UUID membershipId, UUID memberId, MembershipEventType type, Instant occurredAt) {
    }
}
