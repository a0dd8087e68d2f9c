package app.communityops.automation;

import static app.communityops.automation.AutomationTestData.when;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.members.MemberTestData;
import app.communityops.members.MemberTestData.Spec;
import app.communityops.members.MembershipService;
import app.communityops.members.MembershipStatus;
import app.communityops.notification.NotificationItem;
import app.communityops.notification.NotificationService;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import app.communityops.today.TodayFilter;
import app.communityops.today.TodayItem;
import app.communityops.today.TodayKind;
import app.communityops.today.TodayService;
import app.communityops.webhook.CreatedWebhookSecret;
import app.communityops.webhook.WebhookSignature;
import app.communityops.webhook.WebhookTestData;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One rule's whole way, through the real modules on their real tables: a member joins; the engine's run opens a task
 * that stands in the operator's Today list, tells the operator in the console, and the webhook sender delivers both
 * the fact ({@code member.joined}) and the rule's own event ({@code rule.fired}) to a real receiver, signed.
 */
@IntegrationTest
class RuleToWorkEndToEndTest {

    @Autowired TestTenants tenants;
    @Autowired MemberTestData members;
    @Autowired AutomationTestData data;
    @Autowired MembershipService memberships;
    @Autowired AutomationWork work;
    @Autowired WebhookTestData webhooks;
    @Autowired TodayService today;
    @Autowired NotificationService notifications;

    @Test
    void aJoinBecomesATaskInTodayANoticeAndSignedWebhooks() throws Exception {
        Fixture tenant = tenants.create();
        List<Received> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new Received(exchange.getRequestHeaders().getFirst("CommunityOps-Event"),
                    exchange.getRequestHeaders().getFirst("CommunityOps-Signature"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            CreatedWebhookSecret endpoint = webhooks.endpoint(tenant, "CRM",
                    "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                    AutomationEventType.MEMBER_JOINED, AutomationEventType.RULE_FIRED);
            data.rule(tenant.tenantId(), tenant.communityId(), "Welcome",
                    when(RuleTrigger.of(TriggerKind.MEMBER_JOINED), List.of(),
                            new RuleAction(ActionKind.CREATE_TASK, "Say hello to the newcomer", 24),
                            new RuleAction(ActionKind.NOTIFY, "A newcomer joined", null),
                            new RuleAction(ActionKind.SEND_WEBHOOK, null, null)));
            UUID grace = members.add(tenant.tenantId(), tenant.communityId(),
                    List.of(Spec.of("Grace", "grace", MembershipStatus.APPROVED))).getFirst();
            Instant joined = Instant.now();

            SignedIn.run(tenant.operator(), () -> memberships.join(grace));
            assertThat(work.run(tenant.tenantId())).isEqualTo(1);

            List<TodayItem> tasks = SignedIn.as(tenant.operator(), () -> today.list(TodayFilter.mine())).items()
                    .stream().filter(item -> item.kind() == TodayKind.TASK).toList();
            assertThat(tasks).singleElement().satisfies(item -> {
                assertThat(item.title()).isEqualTo("Say hello to the newcomer");
                assertThat(item.memberName()).isEqualTo("Grace");
                assertThat(item.dueAt()).isBetween(joined.plus(Duration.ofHours(23)), joined.plus(Duration.ofHours(25)));
            });
            assertThat(SignedIn.as(tenant.operator(), () -> notifications.list()))
                    .extracting(NotificationItem::kind).contains(Actions.NOTICE_KIND);

            assertThat(webhooks.sendDue(tenant)).isEqualTo(2);
            assertThat(received).extracting(Received::type).containsExactlyInAnyOrder("member.joined", "rule.fired");
            assertThat(received).allSatisfy(delivery -> assertThat(WebhookSignature.verify(endpoint.secret(),
                    delivery.signature(), delivery.body(), Instant.now())).isTrue());
            assertThat(received).filteredOn(delivery -> delivery.type().equals("rule.fired")).singleElement()
                    .satisfies(delivery -> assertThat(delivery.body()).contains("Welcome").contains("Grace"));

            assertThat(work.run(tenant.tenantId())).as("the join fires the rule once").isZero();
            assertThat(webhooks.sendDue(tenant)).as("each delivery goes once").isZero();
        } finally {
            receiver.stop(0);
        }
    }

    private record Received(String type, String signature, String body) {
    }
}
