package app.communityops.members;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An entry was added to a membership's history (applied, joined, warned, eliminated, left...), published inside the
 * transaction that wrote it, so a listener that keeps it (automation's signals) commits or rolls back with it.
 * {@code warningCount} is the count after the entry; {@code seated} and {@code capacity} are set for a join: the
 * community's joined members after it and its capacity (null when it has none).
 */
public record MembershipRecorded(UUID tenantId, UUID membershipId, UUID communityId, UUID memberId,
                                 MembershipEventType type, Instant occurredAt, @Nullable String reason,
                                 @Nullable UUID redLineId, int warningCount, @Nullable Long seated,
                                 @Nullable Integer capacity) {
}
