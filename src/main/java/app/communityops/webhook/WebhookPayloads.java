package app.communityops.webhook;

import app.communityops.automation.AutomationEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body every delivery sends (docs/decisions/0044-webhooks.md): {@code {"id", "type", "occurredAt",
 * "communityId", "data"}}. {@code id} is the event's, the same for every endpoint and every replay, so a receiver can
 * de-duplicate; {@code communityId} is null for an event of the whole tenant; {@code data} is described per type in
 * the OpenAPI description ({@link WebhookEventCatalog}). The tenant is not named: an endpoint belongs to one tenant,
 * and its URL and secret already tell the receiver which. Written once, at queue time, and sent byte for byte.
 */
final class WebhookPayloads {

    static final String PING = "ping";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WebhookPayloads() {
    }

    static String of(AutomationEvent event) {
        return envelope(event.id(), event.type().wireName(), event.occurredAt(), event.communityId(), event.data());
    }

    static String ping(UUID eventId, UUID endpointId, Instant at) {
        return envelope(eventId, PING, at, null, Map.of("endpointId", endpointId.toString(),
                "message", "A test event sent from CommunityOps. No action is needed."));
    }

    static String envelope(UUID id, String type, Instant occurredAt, @Nullable UUID communityId,
                           Map<String, ?> data) {
        Map<String, @Nullable Object> body = new LinkedHashMap<>();
        body.put("id", id.toString());
        body.put("type", type);
        body.put("occurredAt", occurredAt.toString());
        body.put("communityId", communityId == null ? null : communityId.toString());
        body.put("data", plain(data));
        return JSON.writeValueAsString(body);
    }

    /** Keys in order (a stable body), and anything that is not a JSON value written as text. */
    private static @Nullable Object plain(@Nullable Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, @Nullable Object> sorted = new TreeMap<>();
            map.forEach((key, item) -> sorted.put(String.valueOf(key), plain(item)));
            return sorted;
        }
        if (value instanceof Iterable<?> items) {
            List<@Nullable Object> list = new ArrayList<>();
            items.forEach(item -> list.add(plain(item)));
            return list;
        }
        return value.toString();
    }
}
