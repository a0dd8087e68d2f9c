package app.communityops.approval;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One entry of a request's history: who did what at which step, and what they said. */
public record ApprovalEvent(UUID requestId, @Nullable Integer step, @Nullable ApprovalStep approver,
                            ApprovalAction action, String actorName, @Nullable String comment, Instant occurredAt) {
}
