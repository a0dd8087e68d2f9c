package app.communityops.today;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stored task. {@code assigneeId} null means the community's operators; {@code dueAt} never moves (a snooze only
 * hides the task until {@code snoozedUntil}), so whether it was done on time stays what it was.
 */
public record Task(UUID id, UUID communityId, @Nullable UUID membershipId, String title, TaskSource source,
                   @Nullable UUID ruleId, @Nullable String ruleName, @Nullable UUID assigneeId, Instant dueAt,
                   TaskStatus status, @Nullable Instant snoozedUntil, @Nullable Instant doneAt, @Nullable UUID doneBy,
                   @Nullable String cancelReason, Instant createdAt, long version) {

    public boolean open() {
        return status == TaskStatus.OPEN;
    }

    public boolean snoozedAt(Instant now) {
        return snoozedUntil != null && snoozedUntil.isAfter(now);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Task that && that.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
