package app.communityops.automation;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something happened that integrators may subscribe to: published once per processed signal (and per
 * {@link ActionKind#SEND_WEBHOOK} as {@link AutomationEventType#RULE_FIRED}) inside the processing transaction. The
 * webhook module listens and queues a delivery for each endpoint subscribed to the type. {@code id} is stable for
 * the fact, so receivers can de-duplicate; {@code data} holds only JSON-friendly values (strings, numbers,
 * booleans, nested maps and lists) and is described per type in the OpenAPI description.
 */
public record AutomationEvent(UUID tenantId, UUID id, AutomationEventType type, @Nullable UUID communityId,
                              Instant occurredAt, Map<String, Object> data) {

    public AutomationEvent {
        data = Map.copyOf(data);
    }
}
