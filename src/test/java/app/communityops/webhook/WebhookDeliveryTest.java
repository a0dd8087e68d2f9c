package app.communityops.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.automation.AutomationEvent;
import app.communityops.automation.AutomationEventType;
import app.communityops.notification.NotificationItem;
import app.communityops.notification.NotificationService;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.Uuids;
import app.communityops.shared.scheduling.TenantJobs;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks end to end against a real HTTP receiver inside the test: the engine's event is queued for the subscribed
 * endpoints in its transaction, the sender POSTs it signed, retries with back-off, gives up after the last attempt
 * (and tells the admins once), never follows a redirect, refuses private addresses when they are not allowed, and a
 * delivery can be replayed.
 */
@IntegrationTest
class WebhookDeliveryTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebhookService webhooks;
    @Autowired
    WebhookSender sender;
    @Autowired
    WebhookAddressGuard guard;
    @Autowired
    NotificationService notifications;
    @Autowired
    TenantJobs jobs;
    @Autowired
    TestTenants tenants;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Clock clock;

    Fixture tenant;
    WebhookReceiver receiver;

    @BeforeEach
    void setUp() {
        tenant = tenants.create();
    }

    @AfterEach
    void stopReceiver() {
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void anEventIsPostedSignedAndDelivered() {
        receiver = new WebhookReceiver(200);
        CreatedWebhookSecret created = endpoint("CRM", receiver.url("/hook"), null, AutomationEventType.MEMBER_JOINED);
        UUID member = UUID.randomUUID();
        AutomationEvent event = publish(AutomationEventType.MEMBER_JOINED, tenant.communityId(),
                Map.of("memberId", member.toString(), "memberName", "Zhang Wei 张伟"));

        assertThat(sender.sendFor(tenant.tenantId(), clock.instant())).isEqualTo(1);

        List<WebhookReceiver.Received> posts = receiver.received("/hook");
        assertThat(posts).hasSize(1);
        WebhookReceiver.Received post = posts.getFirst();
        assertThat(post.header("Content-Type")).isEqualTo("application/json");
        assertThat(post.header("CommunityOps-Event")).isEqualTo("member.joined");
        assertThat(WebhookSignature.verify(created.secret(), post.header("CommunityOps-Signature"), post.body(),
                Instant.now())).as("the signature verifies with the secret shown once").isTrue();
        assertThat(WebhookSignature.verify(WebhookSecrets.newSecret(), post.header("CommunityOps-Signature"),
                post.body(), Instant.now())).as("and with no other secret").isFalse();
        assertThat(WebhookSignature.verify(created.secret(), post.header("CommunityOps-Signature"),
                post.body().replace("Zhang", "Wang"), Instant.now())).as("nor over another body").isFalse();
        assertThat(WebhookSignature.verify(created.secret(), post.header("CommunityOps-Signature"), post.body(),
                Instant.now().plus(Duration.ofMinutes(6)))).as("nor after the tolerance").isFalse();

        JsonNode body = JSON.readTree(post.body());
        assertThat(body.get("id").asString()).isEqualTo(event.id().toString());
        assertThat(body.get("type").asString()).isEqualTo("member.joined");
        assertThat(body.get("communityId").asString()).isEqualTo(tenant.communityId().toString());
        assertThat(body.get("occurredAt").asString()).isEqualTo(event.occurredAt().toString());
        assertThat(body.get("data").get("memberName").asString()).isEqualTo("Zhang Wei 张伟");

        WebhookDeliverySummary delivery = only(created.endpoint().id());
        assertThat(post.header("CommunityOps-Delivery")).isEqualTo(delivery.id().toString());
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.lastStatus()).isEqualTo(200);
        assertThat(delivery.deliveredAt()).isNotNull();
        WebhookDeliveryDetails details = as(() -> webhooks.delivery(delivery.id()));
        assertThat(details.payload()).isEqualTo(post.body());
        assertThat(details.answerExcerpt()).startsWith("answer 200").hasSizeLessThanOrEqualTo(2000);
        assertThat(sender.sendFor(tenant.tenantId(), clock.instant().plus(Duration.ofDays(1))))
                .as("nothing is sent twice").isZero();
    }

    @Test
    void aFailedAttemptIsRetriedWithBackOffUntilDelivered() {
        receiver = new WebhookReceiver(500, 200);
        CreatedWebhookSecret created = endpoint("CRM", receiver.url("/hook"), null, AutomationEventType.ORDER_PAID);
        publish(AutomationEventType.ORDER_PAID, tenant.communityId(), Map.of("amount", "19.90"));
        // PostgreSQL keeps microseconds: a time it stores exactly, so the next attempt compares as computed.
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);

        assertThat(sender.sendFor(tenant.tenantId(), now)).isZero();
        WebhookDeliverySummary waiting = only(created.endpoint().id());
        assertThat(waiting.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastStatus()).isEqualTo(500);
        assertThat(waiting.nextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(1)));

        assertThat(sender.sendFor(tenant.tenantId(), now.plusSeconds(30))).as("not due yet").isZero();
        assertThat(receiver.received("/hook")).hasSize(1);

        assertThat(sender.sendFor(tenant.tenantId(), now.plus(Duration.ofMinutes(2)))).isEqualTo(1);
        WebhookDeliverySummary delivered = only(created.endpoint().id());
        assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(2);
        List<WebhookReceiver.Received> posts = receiver.received("/hook");
        assertThat(posts).hasSize(2);
        assertThat(posts.get(1).body()).as("a retry sends the same body").isEqualTo(posts.get(0).body());
        assertThat(posts.get(1).header("CommunityOps-Delivery")).isEqualTo(posts.get(0).header("CommunityOps-Delivery"));
    }

    @Test
    void backOffGrowsFromAMinuteToAtMostSixHours() {
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7).stream().map(WebhookSender::backOff).toList()).containsExactly(
                Duration.ofMinutes(1), Duration.ofMinutes(4), Duration.ofMinutes(16), Duration.ofMinutes(64),
                Duration.ofMinutes(256), Duration.ofHours(6), Duration.ofHours(6));
    }

    @Test
    void anAlwaysFailingEndpointFailsAfterTheLastAttemptAndTheAdminsAreToldOnce() {
        receiver = new WebhookReceiver(503);
        CreatedWebhookSecret created = endpoint("Flaky", receiver.url("/hook"), null,
                AutomationEventType.MEMBER_LEFT);
        publish(AutomationEventType.MEMBER_LEFT, tenant.communityId(), Map.of());
        publish(AutomationEventType.MEMBER_LEFT, tenant.communityId(), Map.of());
        Instant now = clock.instant();
        for (int attempt = 1; attempt <= WebhookSender.MAX_ATTEMPTS; attempt++) {
            sender.sendFor(tenant.tenantId(), now.plus(Duration.ofHours(7L * attempt)));
        }
        assertThat(receiver.received("/hook")).hasSize(2 * WebhookSender.MAX_ATTEMPTS);
        List<WebhookDeliverySummary> log = as(() -> webhooks.deliveries(created.endpoint().id(), null));
        assertThat(log).extracting(WebhookDeliverySummary::status).containsOnly(DeliveryStatus.FAILED);
        assertThat(log).extracting(WebhookDeliverySummary::attempts).containsOnly(WebhookSender.MAX_ATTEMPTS);
        assertThat(log).extracting(WebhookDeliverySummary::lastStatus).containsOnly(503);
        assertThat(as(() -> webhooks.deliveries(created.endpoint().id(), DeliveryStatus.FAILED))).hasSize(2);
        assertThat(as(() -> webhooks.find(created.endpoint().id())).failed()).isEqualTo(2);
        assertThat(sender.sendFor(tenant.tenantId(), now.plus(Duration.ofDays(10)))).isZero();
        assertThat(receiver.received("/hook")).hasSize(2 * WebhookSender.MAX_ATTEMPTS);

        List<NotificationItem> told = SignedIn.as(tenant.admin(), () -> notifications.list()).stream()
                .filter(item -> item.kind().equals("webhook.notice.failed")).toList();
        assertThat(told).as("one notice for the endpoint, not one per delivery").hasSize(1);
        assertThat(told.getFirst().arguments()).startsWith("Flaky", "member.left");
        assertThat(told.getFirst().link()).isEqualTo(WebhookNavigation.endpoint(created.endpoint().id()));
        assertThat(SignedIn.as(tenant.operator(), () -> notifications.list()))
                .noneMatch(item -> item.kind().equals("webhook.notice.failed"));
    }

    @Test
    void aDeliveryIsReplayedWithTheSamePayloadAndEventId() {
        receiver = new WebhookReceiver(200);
        CreatedWebhookSecret created = endpoint("CRM", receiver.url("/hook"), null, AutomationEventType.RULE_FIRED);
        publish(AutomationEventType.RULE_FIRED, tenant.communityId(), Map.of("ruleName", "Win-back"));
        sender.sendFor(tenant.tenantId(), clock.instant());
        WebhookDeliverySummary original = only(created.endpoint().id());

        UUID replay = as(() -> webhooks.replay(original.id()));
        sender.sendFor(tenant.tenantId(), clock.instant());

        List<WebhookReceiver.Received> posts = receiver.received("/hook");
        assertThat(posts).hasSize(2);
        assertThat(posts.get(1).body()).isEqualTo(posts.get(0).body());
        assertThat(posts.get(1).header("CommunityOps-Delivery")).isEqualTo(replay.toString())
                .isNotEqualTo(original.id().toString());
        assertThat(WebhookSignature.verify(created.secret(), posts.get(1).header("CommunityOps-Signature"),
                posts.get(1).body(), Instant.now())).isTrue();
        WebhookDeliverySummary copy = as(() -> webhooks.delivery(replay)).delivery();
        assertThat(copy.eventId()).isEqualTo(original.eventId());
        assertThat(copy.replayOf()).isEqualTo(original.id());
        assertThat(copy.manual()).isTrue();
        assertThat(copy.status()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void aRedirectIsNotFollowed() {
        receiver = new WebhookReceiver(200);
        CreatedWebhookSecret created = endpoint("Moved", receiver.url("/hook-redirect"), null,
                AutomationEventType.MEMBER_JOINED);
        publish(AutomationEventType.MEMBER_JOINED, tenant.communityId(), Map.of());

        assertThat(sender.sendFor(tenant.tenantId(), clock.instant())).isZero();

        assertThat(receiver.received("/hook-redirect")).hasSize(1);
        assertThat(receiver.received("/elsewhere")).as("the redirect's target was never asked").isEmpty();
        WebhookDeliverySummary delivery = only(created.endpoint().id());
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.lastStatus()).isEqualTo(302);
        assertThat(delivery.lastError()).contains("not followed").contains("/elsewhere");
    }

    @Test
    void privateAddressesAreRefusedUnlessAllowed() {
        receiver = new WebhookReceiver(200);
        CreatedWebhookSecret created = endpoint("Internal", receiver.url("/hook"), null,
                AutomationEventType.MEMBER_JOINED);
        publish(AutomationEventType.MEMBER_JOINED, tenant.communityId(), Map.of());
        boolean previous = guard.allowPrivate(false);
        try {
            for (String url : List.of(receiver.url("/hook"), "http://localhost/hook", "http://10.1.2.3/hook",
                    "http://192.168.0.10/", "http://169.254.169.254/latest/meta-data", "http://[::1]/hook",
                    "http://100.64.0.1/", "http://[fd00::1]/")) {
                assertThatThrownBy(() -> endpoint("Refused " + url.hashCode(), url, null,
                        AutomationEventType.MEMBER_JOINED)).as(url).isInstanceOf(UserFacingException.class)
                        .extracting(e -> ((UserFacingException) e).messageKey(), e -> ((UserFacingException) e).field())
                        .containsExactly("webhook.error.url.private", "url");
            }
            // Already saved (the address was allowed then): the attempt is refused too, at once, nothing is sent.
            sender.sendFor(tenant.tenantId(), clock.instant());
        } finally {
            guard.allowPrivate(previous);
        }
        assertThat(receiver.received("/hook")).isEmpty();
        WebhookDeliverySummary delivery = only(created.endpoint().id());
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.lastError()).contains("not allowed");
    }

    @Test
    void onlyHttpAndHttpsAddressesAreAccepted() {
        for (String url : List.of("ftp://example.com/hook", "file:///etc/passwd", "javascript:alert(1)",
                "example.com/hook", "https://user:pw@example.com/hook", "not a url")) {
            assertThatThrownBy(() -> endpoint("Bad " + url.hashCode(), url, null, AutomationEventType.MEMBER_JOINED))
                    .as(url).isInstanceOf(UserFacingException.class)
                    .extracting(e -> ((UserFacingException) e).field()).isEqualTo("url");
        }
    }

    @Test
    void anEventIsQueuedOnceForEachEnabledEndpointSubscribedToItsTypeAndCommunity() {
        String url = "http://127.0.0.1:9/hook";
        UUID everyCommunity = endpoint("All joins", url, null, AutomationEventType.MEMBER_JOINED).endpoint().id();
        UUID thisCommunity = endpoint("This community", url, Set.of(tenant.communityId()),
                AutomationEventType.MEMBER_JOINED, AutomationEventType.ORDER_PAID).endpoint().id();
        UUID otherCommunity = endpoint("Other community", url, Set.of(tenant.unassignedCommunityId()),
                AutomationEventType.MEMBER_JOINED).endpoint().id();
        UUID otherType = endpoint("Orders only", url, null, AutomationEventType.ORDER_PAID).endpoint().id();
        CreatedWebhookSecret off = endpoint("Switched off", url, null, AutomationEventType.MEMBER_JOINED);
        as(() -> webhooks.setEnabled(off.endpoint().id(), off.endpoint().version(), false));

        AutomationEvent joined = publish(AutomationEventType.MEMBER_JOINED, tenant.communityId(), Map.of());
        jobs.inTenant(tenant.tenantId(), () -> {
            events.publishEvent(joined);
            return null;
        });
        publish(AutomationEventType.MEMBER_JOINED, null, Map.of());

        assertThat(count(everyCommunity)).as("every community, and the tenant-wide event").isEqualTo(2);
        assertThat(count(thisCommunity)).as("its community only, once though handed over twice").isEqualTo(1);
        assertThat(count(otherCommunity)).isZero();
        assertThat(count(otherType)).isZero();
        assertThat(count(off.endpoint().id())).isZero();
    }

    @Test
    void aTestEventIsSentToTheEndpointOnceEvenWhileItIsDisabled() {
        receiver = new WebhookReceiver(404);
        CreatedWebhookSecret created = endpoint("Not yet", receiver.url("/hook"), null,
                AutomationEventType.ORDER_REFUNDED);
        as(() -> webhooks.setEnabled(created.endpoint().id(), created.endpoint().version(), false));

        UUID ping = as(() -> webhooks.sendTest(created.endpoint().id()));
        sender.sendFor(tenant.tenantId(), clock.instant());

        WebhookReceiver.Received post = receiver.received("/hook").getFirst();
        assertThat(post.header("CommunityOps-Event")).isEqualTo("ping");
        assertThat(JSON.readTree(post.body()).get("data").get("endpointId").asString())
                .isEqualTo(created.endpoint().id().toString());
        WebhookDeliverySummary delivery = as(() -> webhooks.delivery(ping)).delivery();
        assertThat(delivery.status()).as("a test is tried once").isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.lastStatus()).isEqualTo(404);
        assertThat(SignedIn.as(tenant.admin(), () -> notifications.list()))
                .noneMatch(item -> item.kind().equals("webhook.notice.failed"));
    }

    private CreatedWebhookSecret endpoint(String name, String url, @Nullable Set<UUID> communities,
                                          AutomationEventType... types) {
        WebhookEndpointForm form = new WebhookEndpointForm();
        form.setName(name);
        form.setUrl(url);
        form.setEventTypes(EnumSet.copyOf(List.of(types)));
        if (communities != null) {
            form.setCommunityIds(communities);
        }
        return as(() -> webhooks.create(form));
    }

    private AutomationEvent publish(AutomationEventType type, @Nullable UUID community, Map<String, Object> data) {
        AutomationEvent event = new AutomationEvent(tenant.tenantId(), Uuids.v7(), type, community,
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), data);
        jobs.inTenant(tenant.tenantId(), () -> {
            events.publishEvent(event);
            return null;
        });
        return event;
    }

    private WebhookDeliverySummary only(UUID endpoint) {
        List<WebhookDeliverySummary> log = as(() -> webhooks.deliveries(endpoint, null));
        assertThat(log).hasSize(1);
        return log.getFirst();
    }

    private int count(UUID endpoint) {
        return as(() -> webhooks.deliveries(endpoint, null)).size();
    }

    private <T> T as(java.util.function.Supplier<T> work) {
        return SignedIn.as(tenant.admin(), work);
    }
}
