package app.communityops.tenancy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A tenant as screens and other features see it; {@code version} travels back with edits for optimistic locking. */
public record TenantSummary(UUID id, String name, TenantStatus status, @Nullable String suspendedReason,
                            PlanLimits limits, ZoneId timeZone, Instant createdAt, long version) {

    public boolean active() {
        return status == TenantStatus.ACTIVE;
    }
}
