package app.communityops.security;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An account as the people screen shows it; never carries the password hash. */
public record AccountSummary(UUID id, String email, String displayName, AccountRole role, @Nullable UUID clientId,
                             boolean enabled, @Nullable Instant lastLoginAt, long version) {
}
