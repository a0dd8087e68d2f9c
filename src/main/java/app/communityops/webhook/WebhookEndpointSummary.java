package app.communityops.webhook;

import app.communityops.automation.AutomationEventType;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An endpoint as the screens show it; {@code communityIds} empty means every community. The counts are of its
 * deliveries still pending and failed for good; {@code lastDeliveredAt} is its last successful delivery.
 */
public record WebhookEndpointSummary(UUID id, String name, String url, Set<AutomationEventType> eventTypes,
                                     List<UUID> communityIds, boolean enabled, Instant secretRotatedAt,
                                     Instant createdAt, Instant updatedAt, long version, int pending, int failed,
                                     @Nullable Instant lastDeliveredAt) {

    public WebhookEndpointSummary {
        eventTypes = Set.copyOf(eventTypes);
        communityIds = List.copyOf(communityIds);
    }
}
