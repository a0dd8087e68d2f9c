package app.communityops.webhook;

import app.communityops.automation.AutomationEvent;
import app.communityops.shared.TenantContext;
import app.communityops.shared.Uuids;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues deliveries. The automation engine publishes each {@link AutomationEvent} inside its processing transaction;
 * this listener runs synchronously in it, so the deliveries exist exactly when the run that caused them committed,
 * and a run that rolls back (and is tried again) leaves none behind. An event reaches each enabled endpoint subscribed
 * to its type (and to its community, when the endpoint is limited to some) once: the same event handed over twice
 * queues nothing more.
 */
@Component
class WebhookQueue {

    private final WebhookQueries queries;
    private final Clock clock;

    WebhookQueue(WebhookQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(AutomationEvent event) {
        if (!TenantContext.current().map(event.tenantId()::equals).orElse(false)) {
            // Row-level security would file the deliveries under the transaction's tenant, not the event's.
            throw new IllegalStateException("An automation event of tenant " + event.tenantId()
                    + " was published outside that tenant's transaction");
        }
        List<UUID> endpoints = queries.subscribers(event.type(), event.communityId());
        if (endpoints.isEmpty()) {
            return;
        }
        String payload = WebhookPayloads.of(event);
        for (UUID endpoint : endpoints) {
            queries.insertDelivery(new WebhookQueries.NewDelivery(Uuids.v7(), endpoint, event.id(),
                    event.type().wireName(), event.communityId(), payload, false, null, clock.instant()));
        }
    }

    /** A delivery a person asked for (a test ping, a replay): sent even while the endpoint is disabled. */
    UUID queueManual(UUID endpointId, UUID eventId, String eventType, @Nullable UUID communityId, String payload,
                     @Nullable UUID replayOf) {
        UUID id = Uuids.v7();
        queries.insertDelivery(new WebhookQueries.NewDelivery(id, endpointId, eventId, eventType, communityId, payload,
                true, replayOf, clock.instant()));
        return id;
    }
}
