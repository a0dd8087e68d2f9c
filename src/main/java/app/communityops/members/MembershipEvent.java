package app.communityops.members;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a membership's history; the red line is the one a warning or elimination cited. */
public record MembershipEvent(MembershipEventType type, Instant occurredAt, @Nullable String actorName,
                              @Nullable String reason, @Nullable String redLine) {
}
