package app.communityops.members;

import java.util.UUID;

/**
 * Published when a tenant admin merged one member record into another: the merged id no longer exists, so anything
 * that remembers member ids (the event resolver's short memory) must forget it.
 */
public record MembersMerged(UUID tenantId, UUID keptId, UUID mergedId) {
}
