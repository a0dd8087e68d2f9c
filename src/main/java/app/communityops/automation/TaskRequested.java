package app.communityops.automation;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A rule's {@link ActionKind#CREATE_TASK}: published inside the run's transaction; the module owning tasks listens
 * synchronously and opens the task for the community's operators, so a failure rolls the run back and it is tried
 * again. {@code runId} makes the task idempotent: one task per run and action index.
 */
public record TaskRequested(UUID tenantId, UUID ruleId, String ruleName, UUID runId, int actionIndex,
                            UUID communityId, @Nullable UUID membershipId, String title, Instant dueAt) {
}
