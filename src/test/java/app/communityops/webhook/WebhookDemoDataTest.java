package app.communityops.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's example endpoint: disabled, at an example address, with a delivered and a failed delivery; seeded once. */
@IntegrationTest
class WebhookDemoDataTest {

    @Autowired
    WebhookDemoData demo;
    @Autowired
    WebhookService webhooks;
    @Autowired
    WebhookSender sender;
    @Autowired
    TestTenants tenants;

    @Test
    void oneDisabledExampleEndpointWithAShortLogSeededOnce() {
        Fixture tenant = tenants.create();
        assertThat(demo.seedTenant(tenant.tenantId())).isTrue();
        assertThat(demo.seedTenant(tenant.tenantId())).as("a second start seeds nothing").isFalse();

        List<WebhookEndpointSummary> endpoints = SignedIn.as(tenant.admin(), () -> webhooks.list());
        assertThat(endpoints).hasSize(1);
        WebhookEndpointSummary endpoint = endpoints.getFirst();
        assertThat(endpoint.name()).contains("Example", "demo");
        assertThat(endpoint.enabled()).isFalse();
        assertThat(endpoint.url()).startsWith("https://crm.example.com/");
        List<WebhookDeliverySummary> log = SignedIn.as(tenant.admin(), () -> webhooks.deliveries(endpoint.id(), null));
        assertThat(log).extracting(WebhookDeliverySummary::status)
                .containsExactly(DeliveryStatus.FAILED, DeliveryStatus.DELIVERED);
        assertThat(SignedIn.as(tenant.admin(), () -> webhooks.delivery(log.getFirst().id())).answerExcerpt())
                .contains("example answer");
        assertThat(sender.sendFor(tenant.tenantId(), java.time.Instant.now().plusSeconds(86_400)))
                .as("nothing of the example is ever sent").isZero();
    }
}
