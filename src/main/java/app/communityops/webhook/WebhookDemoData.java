package app.communityops.webhook;

import app.communityops.automation.AutomationEventType;
import app.communityops.shared.TenantContext;
import app.communityops.shared.Uuids;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo agency one example webhook endpoint, disabled and pointing at an example address (nothing is ever
 * sent to it), with a short delivery log, one delivered and one failed, so the screens show what they are for. The
 * endpoint's name says it is an example; its secret is random and never shown.
 */
@Component
public class WebhookDemoData {

    static final String NAME = "Example CRM (demo, disabled)";
    private static final Logger log = LoggerFactory.getLogger(WebhookDemoData.class);

    private final WebhookQueries queries;
    private final WebhookSecrets secrets;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    WebhookDemoData(WebhookQueries queries, WebhookSecrets secrets, JdbcClient jdbc,
                    PlatformTransactionManager transactionManager, Clock clock) {
        this.queries = queries;
        this.secrets = secrets;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Seeds the tenant once; answers whether it did (false if it has endpoints already). */
    public boolean seedTenant(UUID tenant) {
        Boolean seeded = TenantContext.callAs(tenant, () -> transactions.execute(status -> {
            if (!queries.endpoints().isEmpty()) {
                return false;
            }
            seed();
            return true;
        }));
        if (Boolean.TRUE.equals(seeded)) {
            log.info("Demo webhook endpoint created (disabled, example address)");
        }
        return Boolean.TRUE.equals(seeded);
    }

    private void seed() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        UUID endpoint = Uuids.v7();
        queries.insertEndpoint(new WebhookQueries.NewEndpoint(endpoint, NAME,
                "https://crm.example.com/hooks/communityops",
                EnumSet.of(AutomationEventType.MEMBER_JOINED, AutomationEventType.ORDER_PAID,
                        AutomationEventType.RULE_FIRED), List.of(), false,
                secrets.seal(WebhookSecrets.newSecret(), endpoint), null, now.minus(Duration.ofDays(3))));
        UUID community = jdbc.sql("select id from community where name like '%Career Growth Camp%' limit 1")
                .query(UUID.class).optional().orElse(null);
        delivery(endpoint, AutomationEventType.MEMBER_JOINED, community, now.minus(Duration.ofDays(2)), 200,
                "{\"received\":true,\"note\":\"example answer\"}", null, 1);
        delivery(endpoint, AutomationEventType.ORDER_PAID, community, now.minus(Duration.ofDays(1)), 503,
                "<html><body>Service Unavailable (example answer)</body></html>", "HTTP 503",
                WebhookSender.MAX_ATTEMPTS);
    }

    private void delivery(UUID endpoint, AutomationEventType type, @Nullable UUID community, Instant at, int status,
                          String answer, @Nullable String error, int attempts) {
        UUID event = Uuids.v7();
        UUID id = Uuids.v7();
        queries.insertDelivery(new WebhookQueries.NewDelivery(id, endpoint, event, type.wireName(), community,
                WebhookPayloads.envelope(event, type.wireName(), at, community, WebhookEventCatalog.example(type)),
                false, null, at));
        DeliveryStatus outcome = status < 300 ? DeliveryStatus.DELIVERED : DeliveryStatus.FAILED;
        // A failed one was tried for about 17 hours (the back-off of 8 attempts) before it was given up.
        Instant last = outcome == DeliveryStatus.DELIVERED ? at.plusSeconds(5) : at.plus(Duration.ofMinutes(1061));
        queries.recordAttempt(id, 0, outcome, new WebhookQueries.Attempt(attempts, last, status, error, answer,
                status < 300 ? 142 : 10_000), null);
    }
}
