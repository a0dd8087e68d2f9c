package app.communityops.api;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The key behind the current API request: its tenant, scopes and optional community restriction.
 *
 * @param createMembers whether unknown members named by events are created (through screening) or refused
 */
public record ApiCaller(UUID keyId, UUID tenantId, String name, Set<ApiScope> scopes, @Nullable UUID communityId,
                        boolean createMembers) {

    public static Optional<ApiCaller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof ApiKeyAuthentication key ? Optional.of(key.caller()) : Optional.empty();
    }

    public static ApiCaller require() {
        return current().orElseThrow(() -> new IllegalStateException("Not an API request"));
    }

    /** A key restricted to one community sees no other: callers answer 404 as for a missing id. */
    public boolean mayUse(UUID community) {
        return communityId == null || communityId.equals(community);
    }
}
