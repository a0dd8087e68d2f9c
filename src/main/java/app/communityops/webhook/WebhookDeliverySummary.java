package app.communityops.webhook;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One row of an endpoint's delivery log. {@code eventType} is the wire name ({@code member.joined}, {@code ping});
 * {@code nextAttemptAt} is set while a retry waits; {@code lastStatus} is the HTTP status of the last answer, null when
 * there was none (no connection, a time-out, an address refused).
 */
public record WebhookDeliverySummary(UUID id, UUID endpointId, UUID eventId, String eventType,
                                     DeliveryStatus status, boolean manual, @Nullable UUID replayOf, int attempts,
                                     @Nullable Instant nextAttemptAt, @Nullable Instant lastAttemptAt,
                                     @Nullable Integer lastStatus, @Nullable String lastError,
                                     @Nullable Integer durationMs, Instant createdAt, @Nullable Instant deliveredAt,
                                     long version) {
}
