package app.communityops.api;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A key as the admin screen lists it; the secret is never part of it, only its last characters as a hint. */
public record ApiKeySummary(UUID id, String name, String hint, Set<ApiScope> scopes, @Nullable UUID communityId,
                            boolean createMembers, @Nullable Instant expiresAt, @Nullable Instant revokedAt,
                            @Nullable Instant lastUsedAt, Instant createdAt, long version) {

    public boolean active(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
