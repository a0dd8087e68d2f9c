package app.communityops.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One audit entry as the audit screen shows it; {@code changes} is a JSON object of field to new value. */
public record AuditRecord(UUID id, Instant occurredAt, @Nullable String actorEmail, @Nullable String actorRole,
                          AuditAction action, String entityType, @Nullable String entityId, String changes) {
}
