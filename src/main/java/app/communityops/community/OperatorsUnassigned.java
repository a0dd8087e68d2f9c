package app.communityops.community;

import java.util.Set;
import java.util.UUID;

/**
 * Operators were taken off a community (published inside the change's transaction), with who is still assigned, so
 * that work they held can move to the community's remaining operators, or to an admin when none is left.
 */
public record OperatorsUnassigned(UUID communityId, Set<UUID> unassigned, Set<UUID> remaining) {

    public OperatorsUnassigned {
        unassigned = Set.copyOf(unassigned);
        remaining = Set.copyOf(remaining);
    }
}
