package app.communityops.security;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A signed-in session as its owner sees it under "My account". */
public record SessionSummary(UUID id, Instant signedInAt, Instant lastActiveAt, @Nullable String clientAddress,
                             @Nullable String userAgent, boolean current) {
}
