package app.communityops.content;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A status move of a content item; {@code from} is null for its creation. */
public record TransitionDetails(@Nullable ContentStatus from, ContentStatus to, String actorName,
                                Instant occurredAt) {
}
