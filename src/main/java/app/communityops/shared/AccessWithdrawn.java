package app.communityops.shared;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Published, inside the transaction that makes the change, when people lose access they had: a tenant suspended,
 * operators taken off a community. Their signed-in sessions end in the same transaction
 * (docs/decisions/0023-signed-in-sessions.md), so the change and the sign-out commit together.
 *
 * @param tenantId every user of this tenant, if set
 * @param userIds  these users
 * @param reason   why, kept with each ended session (upper-case, short)
 */
public record AccessWithdrawn(@Nullable UUID tenantId, Set<UUID> userIds, String reason) {

    public AccessWithdrawn {
        userIds = Set.copyOf(userIds);
    }

    public static AccessWithdrawn tenant(UUID tenantId, String reason) {
        return new AccessWithdrawn(tenantId, Set.of(), reason);
    }

    public static AccessWithdrawn users(Set<UUID> userIds, String reason) {
        return new AccessWithdrawn(null, userIds, reason);
    }
}
