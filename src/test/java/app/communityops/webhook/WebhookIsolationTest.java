package app.communityops.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.automation.AutomationEvent;
import app.communityops.automation.AutomationEventType;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.TenantContext;
import app.communityops.shared.Uuids;
import app.communityops.shared.scheduling.TenantJobs;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tenant B can neither see nor change tenant A's webhook endpoints and deliveries: not through the service, not in
 * raw SQL under row-level security, not by an event of its own, not by its sender run.
 */
@IntegrationTest
class WebhookIsolationTest {

    private static final List<String> TABLES = List.of("webhook_endpoint", "webhook_delivery");

    @Autowired
    WebhookService webhooks;
    @Autowired
    WebhookSender sender;
    @Autowired
    TenantJobs jobs;
    @Autowired
    TestTenants tenants;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    Fixture a;
    Fixture b;
    UUID aEndpoint;
    UUID aDelivery;

    @BeforeEach
    void twoTenants() {
        a = tenants.create();
        b = tenants.create();
        WebhookEndpointForm form = new WebhookEndpointForm();
        form.setName("A's CRM");
        form.setUrl("http://127.0.0.1:9/hook");
        form.setEventTypes(EnumSet.of(AutomationEventType.MEMBER_JOINED));
        aEndpoint = SignedIn.as(a.admin(), () -> webhooks.create(form)).endpoint().id();
        aDelivery = SignedIn.as(a.admin(), () -> webhooks.sendTest(aEndpoint));
    }

    @Test
    void theOtherTenantsAdminFindsNothingAndChangesNothing() {
        SignedIn.run(b.admin(), () -> {
            assertThat(webhooks.list()).isEmpty();
            assertThatThrownBy(() -> webhooks.find(aEndpoint)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> webhooks.deliveries(aEndpoint, null)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> webhooks.delivery(aDelivery)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> webhooks.replay(aDelivery)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> webhooks.sendTest(aEndpoint)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> webhooks.rotateSecret(aEndpoint, 0)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> webhooks.setEnabled(aEndpoint, 0, false)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> webhooks.delete(aEndpoint, 0)).isInstanceOf(NotFoundException.class);
        });
        assertThat(SignedIn.as(a.admin(), () -> webhooks.find(aEndpoint)).enabled()).isTrue();
        assertThat(SignedIn.as(a.admin(), () -> webhooks.deliveries(aEndpoint, null))).hasSize(1);
    }

    @Test
    void rawSqlUnderTheOtherTenantReadsAndChangesNothing() {
        inTenant(b.tenantId(), () -> {
            for (String table : TABLES) {
                assertThat(jdbc.queryForObject("select count(*) from " + table + " where tenant_id = ?", Integer.class,
                        a.tenantId())).as(table).isZero();
                assertThat(jdbc.update("update " + table + " set version = version + 1 where tenant_id = ?",
                        a.tenantId())).as(table).isZero();
                assertThat(jdbc.update("delete from " + table + " where tenant_id = ?", a.tenantId())).as(table)
                        .isZero();
            }
            return null;
        });
        assertRefused(() -> jdbc.update("""
                insert into webhook_endpoint (tenant_id, id, name, url, event_types, enabled, secret,
                                              secret_rotated_at, created_at, updated_at, version)
                values (?, ?, 'planted', 'http://attacker.example/', '{MEMBER_JOINED}', true, 'v1:x', now(), now(),
                        now(), 0)""", a.tenantId(), UUID.randomUUID()));
        assertRefused(() -> jdbc.update("""
                insert into webhook_delivery (tenant_id, id, endpoint_id, event_id, event_type, payload, status,
                                              next_attempt_at, created_at, version)
                values (?, ?, ?, ?, 'ping', '{}', 'PENDING', now(), now(), 0)""",
                a.tenantId(), UUID.randomUUID(), aEndpoint, UUID.randomUUID()));
        inTenant(a.tenantId(), () -> {
            for (String table : TABLES) {
                assertThat(jdbc.queryForObject("select count(*) from " + table, Integer.class)).as(table)
                        .isEqualTo(1);
            }
            return null;
        });
    }

    @Test
    void anotherTenantsEventAndSenderNeverReachThisTenantsEndpoints() {
        AutomationEvent event = new AutomationEvent(b.tenantId(), Uuids.v7(), AutomationEventType.MEMBER_JOINED,
                b.communityId(), Instant.now(), Map.of());
        jobs.inTenant(b.tenantId(), () -> {
            events.publishEvent(event);
            return null;
        });
        assertThat(sender.sendFor(b.tenantId(), Instant.now())).isZero();
        List<WebhookDeliverySummary> log = SignedIn.as(a.admin(), () -> webhooks.deliveries(aEndpoint, null));
        assertThat(log).hasSize(1);
        assertThat(log.getFirst().attempts()).as("B's sender did not touch A's delivery").isZero();
    }

    @Test
    void anEventPublishedInsideAnotherTenantsTransactionIsRefused() {
        AutomationEvent aEvent = new AutomationEvent(a.tenantId(), Uuids.v7(), AutomationEventType.MEMBER_JOINED,
                a.communityId(), Instant.now(), Map.of());
        assertThatThrownBy(() -> jobs.inTenant(b.tenantId(), () -> {
            events.publishEvent(aEvent);
            return null;
        })).isInstanceOf(IllegalStateException.class);
        assertThat(SignedIn.as(a.admin(), () -> webhooks.deliveries(aEndpoint, null))).hasSize(1);
    }

    private void assertRefused(Runnable statement) {
        assertThatThrownBy(() -> inTenant(b.tenantId(), () -> {
            statement.run();
            return null;
        })).isInstanceOf(DataAccessException.class);
    }

    private <T> T inTenant(UUID tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant, () -> new TransactionTemplate(transactionManager).execute(s -> work.get()));
    }
}
