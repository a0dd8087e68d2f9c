package app.communityops.webhook;

import app.communityops.notification.Notice;
import app.communityops.notification.NotificationService;
import app.communityops.notification.NotificationTopic;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.scheduling.TenantJobs;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sends what is due, tenant by tenant (docs/decisions/0044-webhooks.md). Each batch is claimed in a short transaction
 * ({@code for update skip locked}, then leased by moving its next attempt ahead), sent outside any transaction, and
 * each outcome recorded in a transaction of its own. A 2xx answer delivers; anything else (another status, a redirect,
 * no answer in time, no connection) is retried with exponential back-off, 1 minute, 4, 16 ... at most 6 hours apart,
 * until the {@value #MAX_ATTEMPTS}th attempt fails: then the delivery is FAILED, shown in the log, and the tenant
 * admins are told once for the endpoint (again only after it delivered something since). A test ping or a replay,
 * asked for by a person watching the log, is tried once. An address that is no longer allowed fails at once.
 */
@Component
class WebhookSender {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    static final int BATCH = 50;
    static final int MAX_ATTEMPTS = 8;
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LONGEST_WAIT = Duration.ofHours(6);
    /** Longer than a whole batch can take, so a claimed row is never sent twice by two senders alive. */
    static final Duration LEASE = Duration.ofMinutes(15);

    private final TenantJobs jobs;
    private final WebhookQueries queries;
    private final WebhookSecrets secrets;
    private final WebhookAddressGuard guard;
    private final WebhookTransport transport;
    private final NotificationService notifications;
    private final Clock clock;
    private final String node;

    WebhookSender(TenantJobs jobs, WebhookQueries queries, WebhookSecrets secrets, WebhookAddressGuard guard,
                  WebhookTransport transport, NotificationService notifications, Clock clock,
                  @Value("${communityops.scheduler.node-name:}") String node) {
        this.jobs = jobs;
        this.queries = queries;
        this.secrets = secrets;
        this.guard = guard;
        this.transport = transport;
        this.notifications = notifications;
        this.clock = clock;
        this.node = node.isBlank() ? "node" : node.strip();
    }

    /** One run for every active tenant; answers how many deliveries were delivered. */
    int sendAll() {
        List<UUID> tenants = new ArrayList<>();
        jobs.forEachActiveTenant(WebhookJobs.SEND, tenants::add);
        int delivered = 0;
        for (UUID tenant : tenants) {
            try {
                delivered += sendFor(tenant, clock.instant());
            } catch (RuntimeException failure) {
                log.error("Sending the webhooks of tenant {} failed", tenant, failure);
            }
        }
        return delivered;
    }

    /** One run for one tenant, with what is due at {@code now}; answers how many were delivered. */
    int sendFor(UUID tenant, Instant now) {
        List<WebhookQueries.Sendable> claimed = Objects.requireNonNull(jobs.inTenant(tenant, () -> {
            List<UUID> due = queries.lockDue(now, BATCH);
            if (due.isEmpty()) {
                return List.<WebhookQueries.Sendable>of();
            }
            queries.lease(due, now.plus(LEASE), node);
            return queries.sendable(due);
        }));
        int delivered = 0;
        for (WebhookQueries.Sendable delivery : claimed) {
            WebhookTransport.Outcome outcome = attempt(delivery);
            if (record(tenant, delivery, outcome, now)) {
                delivered++;
            }
        }
        return delivered;
    }

    private WebhookTransport.Outcome attempt(WebhookQueries.Sendable delivery) {
        URI url;
        try {
            url = guard.check(delivery.url());
        } catch (UserFacingException refused) {
            return new WebhookTransport.Outcome(null, null,
                    "Address not allowed (private, loopback or not http(s)): " + delivery.url(), 0, true);
        }
        String secret = secrets.open(delivery.secret(), delivery.endpointId());
        Map<String, String> headers = Map.of(
                WebhookSignature.EVENT_HEADER, delivery.eventType(),
                WebhookSignature.DELIVERY_HEADER, delivery.id().toString(),
                WebhookSignature.HEADER, WebhookSignature.header(secret, clock.instant(), delivery.payload()));
        return transport.post(url, delivery.payload(), headers);
    }

    /** Answers whether it was delivered. */
    private boolean record(UUID tenant, WebhookQueries.Sendable delivery, WebhookTransport.Outcome outcome,
                           Instant now) {
        int attempts = delivery.attempts() + 1;
        boolean refused = outcome.refused();
        boolean manual = delivery.manual();
        DeliveryStatus status = outcome.delivered() ? DeliveryStatus.DELIVERED
                : refused || manual || attempts >= MAX_ATTEMPTS ? DeliveryStatus.FAILED : DeliveryStatus.PENDING;
        Instant next = status == DeliveryStatus.PENDING ? now.plus(backOff(attempts)) : null;
        WebhookQueries.Attempt attempt = new WebhookQueries.Attempt(attempts, now, outcome.status(), outcome.error(),
                outcome.answer(), outcome.durationMs());
        jobs.inTenant(tenant, () -> {
            if (queries.recordAttempt(delivery.id(), delivery.attempts(), status, attempt, next) == 0) {
                return null;
            }
            if (status == DeliveryStatus.DELIVERED) {
                queries.clearFailureNotice(delivery.endpointId());
            } else if (status == DeliveryStatus.FAILED && !manual
                    && queries.markFailureNotified(delivery.endpointId(), now)) {
                String name = queries.endpointName(delivery.endpointId()).orElse("");
                notifications.publishToTenantAdminsAnd(List.of(), Notice.of(NotificationTopic.WEBHOOKS,
                        "webhook.notice.failed", WebhookNavigation.endpoint(delivery.endpointId()), name,
                        delivery.eventType(), String.valueOf(attempts)));
            }
            return null;
        });
        if (status != DeliveryStatus.DELIVERED) {
            log.info("Webhook delivery {} of tenant {} not delivered ({}; attempt {}): {}", delivery.id(), tenant,
                    outcome.status(), attempts, outcome.error());
        }
        return status == DeliveryStatus.DELIVERED;
    }

    /** 1, 4, 16, 64, 256 minutes after each failed attempt, never more than 6 hours. */
    static Duration backOff(int attempts) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(2 * (attempts - 1), 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
