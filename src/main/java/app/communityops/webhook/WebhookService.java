package app.communityops.webhook;

import app.communityops.audit.AuditAction;
import app.communityops.audit.AuditLog;
import app.communityops.community.CommunityService;
import app.communityops.shared.Access;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.Uuids;
import java.net.URI;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant admin's webhook endpoints: created with a secret shown once, edited, switched off and on, deleted with
 * their log, their secret rotated; a test event sent; the delivery log read and one delivery replayed (a new
 * delivery of the same payload and event id). Every change is in the audit log; secrets never are.
 */
@Service
@PreAuthorize(Access.TENANT_ADMIN_IN_CONSOLE)
public class WebhookService {

    public static final int LOG_LIMIT = 500;

    private final WebhookQueries queries;
    private final WebhookQueue queue;
    private final WebhookSecrets secrets;
    private final WebhookAddressGuard guard;
    private final CommunityService communities;
    private final AuditLog audit;
    private final Clock clock;

    WebhookService(WebhookQueries queries, WebhookQueue queue, WebhookSecrets secrets, WebhookAddressGuard guard,
                   CommunityService communities, AuditLog audit, Clock clock) {
        this.queries = queries;
        this.queue = queue;
        this.secrets = secrets;
        this.guard = guard;
        this.communities = communities;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every endpoint of the tenant, by name. */
    @Transactional(readOnly = true)
    public List<WebhookEndpointSummary> list() {
        return queries.endpoints();
    }

    @Transactional(readOnly = true)
    public WebhookEndpointSummary find(UUID id) {
        return queries.endpoint(id).orElseThrow(NotFoundException::new);
    }

    @Transactional
    public CreatedWebhookSecret create(WebhookEndpointForm form) {
        String url = validate(form, null);
        UUID id = Uuids.v7();
        String secret = WebhookSecrets.newSecret();
        AppPrincipal me = CurrentUser.require();
        queries.insertEndpoint(new WebhookQueries.NewEndpoint(id, form.getName().strip(), url, form.getEventTypes(),
                form.getCommunityIds(), form.isEnabled(), secrets.seal(secret, id), me.userId(), clock.instant()));
        record(AuditAction.CREATE, id, described(form, url));
        return new CreatedWebhookSecret(find(id), secret);
    }

    @Transactional
    public WebhookEndpointSummary update(UUID id, long expectedVersion, WebhookEndpointForm form) {
        find(id);
        String url = validate(form, id);
        if (queries.updateEndpoint(id, expectedVersion, form.getName().strip(), url, form.getEventTypes(),
                form.getCommunityIds(), form.isEnabled(), clock.instant()) == 0) {
            throw new ConcurrentEditException();
        }
        record(AuditAction.UPDATE, id, described(form, url));
        return find(id);
    }

    /** A disabled endpoint receives no new events and its pending deliveries wait; enabling sends them. */
    @Transactional
    public WebhookEndpointSummary setEnabled(UUID id, long expectedVersion, boolean enabled) {
        find(id);
        if (queries.setEnabled(id, expectedVersion, enabled, clock.instant()) == 0) {
            throw new ConcurrentEditException();
        }
        record(AuditAction.UPDATE, id, Map.of("enabled", enabled));
        return find(id);
    }

    /** The endpoint and its whole delivery log. */
    @Transactional
    public void delete(UUID id, long expectedVersion) {
        WebhookEndpointSummary endpoint = find(id);
        if (queries.deleteEndpoint(id, expectedVersion) == 0) {
            throw new ConcurrentEditException();
        }
        record(AuditAction.DELETE, id, Map.of("name", endpoint.name(), "url", endpoint.url()));
    }

    /** A new secret, at once: deliveries from now on are signed with it; the old one stops working. */
    @Transactional
    public CreatedWebhookSecret rotateSecret(UUID id, long expectedVersion) {
        find(id);
        String secret = WebhookSecrets.newSecret();
        if (queries.rotateSecret(id, expectedVersion, secrets.seal(secret, id), clock.instant()) == 0) {
            throw new ConcurrentEditException();
        }
        record(AuditAction.UPDATE, id, Map.of("secret", "rotated"));
        return new CreatedWebhookSecret(find(id), secret);
    }

    /** Queues a {@code ping} event for the endpoint, sent by the next run of the sender even if it is disabled. */
    @Transactional
    public UUID sendTest(UUID id) {
        find(id);
        UUID eventId = Uuids.v7();
        return queue.queueManual(id, eventId, WebhookPayloads.PING, null,
                WebhookPayloads.ping(eventId, id, clock.instant().truncatedTo(ChronoUnit.MILLIS)), null);
    }

    /** The endpoint's newest {@value #LOG_LIMIT} deliveries, of one status or all. */
    @Transactional(readOnly = true)
    public List<WebhookDeliverySummary> deliveries(UUID endpointId, @Nullable DeliveryStatus status) {
        find(endpointId);
        return queries.deliveries(endpointId, status, LOG_LIMIT);
    }

    @Transactional(readOnly = true)
    public Map<DeliveryStatus, Integer> counts(UUID endpointId) {
        find(endpointId);
        return queries.counts(endpointId);
    }

    @Transactional(readOnly = true)
    public WebhookDeliveryDetails delivery(UUID deliveryId) {
        WebhookQueries.Stored stored = queries.delivery(deliveryId).orElseThrow(NotFoundException::new);
        WebhookDeliverySummary summary = stored.summary();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put(WebhookSignature.EVENT_HEADER, summary.eventType());
        headers.put(WebhookSignature.DELIVERY_HEADER, summary.id().toString());
        headers.put(WebhookSignature.HEADER, "t=…,v1=…");
        return new WebhookDeliveryDetails(summary, stored.url(), stored.payload(), headers,
                stored.answerExcerpt() == null ? "" : stored.answerExcerpt());
    }

    /**
     * A new attempt of one delivery: a new delivery of the same payload, byte for byte, and so the same event id,
     * sent by the next run of the sender (once) to the endpoint's current URL, signed with its current secret.
     */
    @Transactional
    public UUID replay(UUID deliveryId) {
        WebhookQueries.Stored stored = queries.delivery(deliveryId).orElseThrow(NotFoundException::new);
        WebhookDeliverySummary original = stored.summary();
        UUID id = queue.queueManual(original.endpointId(), original.eventId(), original.eventType(),
                queries.deliveryCommunity(deliveryId).orElse(null), stored.payload(), deliveryId);
        record(AuditAction.UPDATE, original.endpointId(), Map.of("replayed", deliveryId.toString(),
                "delivery", id.toString()));
        return id;
    }

    /** The URL to store, once the form is found complete and allowed. */
    private String validate(WebhookEndpointForm form, @Nullable UUID id) {
        String name = form.getName().strip();
        if (name.isEmpty()) {
            throw new UserFacingException("webhook.error.nameRequired", "name");
        }
        if (name.length() > 120) {
            throw new UserFacingException("webhook.error.nameLength", "name");
        }
        if (queries.nameTaken(name, id)) {
            throw new UserFacingException("webhook.error.nameTaken", "name");
        }
        if (form.getUrl().strip().length() > 2000) {
            throw new UserFacingException("webhook.error.url.invalid", "url");
        }
        URI url = guard.check(form.getUrl());
        if (form.getEventTypes().isEmpty()) {
            throw new UserFacingException("webhook.error.eventTypes", "eventTypes");
        }
        for (UUID community : form.getCommunityIds()) {
            if (communities.find(community).isEmpty()) {
                throw new UserFacingException("webhook.error.community", "communityIds");
            }
        }
        return url.toString();
    }

    private static Map<String, Object> described(WebhookEndpointForm form, String url) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", form.getName().strip());
        details.put("url", url);
        details.put("eventTypes", form.getEventTypes().stream().map(Enum::name).sorted().toList());
        details.put("communities", form.getCommunityIds().stream().map(UUID::toString).sorted().toList());
        details.put("enabled", form.isEnabled());
        return details;
    }

    private void record(AuditAction action, UUID endpointId, Map<String, ?> details) {
        audit.recordFor(CurrentUser.require(), action, "WebhookEndpoint", endpointId.toString(), details);
    }
}
