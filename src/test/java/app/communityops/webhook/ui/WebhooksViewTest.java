package app.communityops.webhook.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.automation.AutomationEventType;
import app.communityops.community.CommunitySummary;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import app.communityops.webhook.CreatedWebhookSecret;
import app.communityops.webhook.DeliveryStatus;
import app.communityops.webhook.WebhookDeliverySummary;
import app.communityops.webhook.WebhookEndpointSummary;
import app.communityops.webhook.WebhookNavigation;
import app.communityops.webhook.WebhookService;
import app.communityops.webhook.WebhookTestData;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.sun.net.httpserver.HttpServer;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class WebhooksViewTest extends KaribuTest {

    @Autowired
    WebhookService webhooks;
    @Autowired
    WebhookTestData data;

    Fixture tenant;
    HttpServer receiver;
    final AtomicInteger received = new AtomicInteger();

    @BeforeEach
    void setUp() throws IOException {
        tenant = tenants.create();
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.incrementAndGet();
            byte[] answer = "{\"received\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    @Test
    void onlyTenantAdminsOpenTheWebhookScreens() {
        CreatedWebhookSecret created = data.endpoint(tenant, "CRM", url(), AutomationEventType.MEMBER_JOINED);
        String page = WebhookNavigation.endpoint(created.endpoint().id());
        assertSignInRequired(WebhookNavigation.ENDPOINTS_ROUTE);
        assertSignInRequired(page);
        assertDenied(WebhookNavigation.ENDPOINTS_ROUTE, tenant.operator(), tenant.clientUser(),
                tenants.platformAdmin());
        assertDenied(page, tenant.operator(), tenant.clientUser(), tenants.platformAdmin());
        assertNotFound(page, tenants.create().admin());
        assertNotFound(WebhookNavigation.ENDPOINTS_ROUTE + "/not-an-id", tenant.admin());
        login(tenant.admin());
        UI.getCurrent().navigate(page);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(WebhookEndpointView.class);
    }

    @Test
    void noEndpointsYetSaysSoAndANewOneShowsItsSecretOnce() {
        login(tenant.admin());
        UI.getCurrent().navigate(WebhookNavigation.ENDPOINTS_ROUTE);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(WebhooksView.class);
        assertThat(_get(Div.class, spec -> spec.withId("webhooks-empty")).isVisible()).isTrue();
        _assertNone(Grid.class, spec -> spec.withId("webhooks-grid"));

        _click(_get(Button.class, spec -> spec.withId("webhook-new")));
        _get(TextField.class, spec -> spec.withId("webhook-name")).setValue("Data warehouse");
        TextField url = _get(TextField.class, spec -> spec.withId("webhook-url"));
        url.setValue("ftp://warehouse.example/hook");
        @SuppressWarnings("unchecked")
        CheckboxGroup<AutomationEventType> events = _get(CheckboxGroup.class,
                spec -> spec.withId("webhook-event-types"));
        events.setValue(Set.of(AutomationEventType.ORDER_PAID, AutomationEventType.ORDER_REFUNDED));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<CommunitySummary> communities = _get(MultiSelectComboBox.class,
                spec -> spec.withId("webhook-communities"));
        communities.setValue(communities.getListDataView().getItems()
                .filter(c -> c.id().equals(tenant.communityId())).toList());
        _click(_get(Button.class, spec -> spec.withId("webhook-save")));
        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).contains("https://");

        url.setValue(url());
        _click(_get(Button.class, spec -> spec.withId("webhook-save")));

        String secret = _get(TextField.class, spec -> spec.withId("webhook-secret")).getValue();
        assertThat(secret).hasSize(43).matches("[A-Za-z0-9_-]+");
        _click(_get(Button.class, spec -> spec.withId("webhook-secret-close")));
        assertThat(GridKt._size(grid())).isEqualTo(1);
        String row = String.join(" | ", GridKt._getFormattedRow(grid(), 0));
        assertThat(row).contains("Data warehouse", url(), "order.paid", "order.refunded",
                "Community ", "Never");
        WebhookEndpointSummary saved = SignedIn.as(tenant.admin(), () -> webhooks.list()).getFirst();
        assertThat(saved.communityIds()).containsExactly(tenant.communityId());
        assertThat(saved.enabled()).isTrue();
    }

    @Test
    void anEndpointsPageSendsATestShowsTheLogAndReplaysADelivery() {
        CreatedWebhookSecret created = data.endpoint(tenant, "CRM", url(), AutomationEventType.MEMBER_JOINED);
        login(tenant.admin());
        UI.getCurrent().navigate(WebhookNavigation.endpoint(created.endpoint().id()));
        assertThat(_get(Div.class, spec -> spec.withId("webhook-log-empty")).isVisible()).isTrue();

        _click(_get(Button.class, spec -> spec.withId("webhook-test")));
        assertThat(log().isVisible()).isTrue();
        assertThat(String.join(" | ", GridKt._getFormattedRow(log(), 0))).contains("Waiting", "Test event (ping)");

        assertThat(UI.getCurrent().getPollInterval()).as("the log looks again by itself")
                .isEqualTo(WebhookEndpointView.POLL_MILLIS);
        assertThat(data.sendDue(tenant)).isEqualTo(1);
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(String.join(" | ", GridKt._getFormattedRow(log(), 0))).contains("Delivered", "200");
        assertThat(UI.getCurrent().getPollInterval()).as("and stops once the test is answered").isEqualTo(-1);

        GridKt._clickItem(log(), 0);
        assertThat(_get(Pre.class, spec -> spec.withId("webhook-delivery-body")).getText())
                .contains("\"type\" : \"ping\"", created.endpoint().id().toString());
        assertThat(_get(Pre.class, spec -> spec.withId("webhook-delivery-headers")).getText())
                .contains("CommunityOps-Event: ping", "CommunityOps-Signature");
        assertThat(_get(Pre.class, spec -> spec.withId("webhook-delivery-answer")).getText())
                .isEqualTo("{\"received\":true}");
        _click(_get(Button.class, spec -> spec.withId("webhook-replay")));
        assertThat(GridKt._size(log())).isEqualTo(2);
        data.sendDue(tenant);
        assertThat(received).hasValue(2);

        @SuppressWarnings("unchecked")
        Select<DeliveryStatus> filter = _get(Select.class, spec -> spec.withId("webhook-log-filter"));
        _click(_get(Button.class, spec -> spec.withId("webhook-log-refresh")));
        assertThat(filter.getEmptySelectionCaption()).isEqualTo("All deliveries (2)");
        filter.setValue(DeliveryStatus.FAILED);
        assertThat(_get(Div.class, spec -> spec.withId("webhook-log-empty")).isVisible())
                .as("%s", SignedIn.as(tenant.admin(), () -> webhooks.deliveries(created.endpoint().id(), null)))
                .isTrue();
        filter.setValue(DeliveryStatus.DELIVERED);
        assertThat(GridKt._findAll(log())).extracting(WebhookDeliverySummary::replayOf).containsOnlyOnce(
                (java.util.UUID) null);
    }

    @Test
    void disableRotateAndDeleteEachAskOrSayWhatTheyDid() {
        CreatedWebhookSecret created = data.endpoint(tenant, "CRM", url(), AutomationEventType.MEMBER_JOINED);
        login(tenant.admin());
        UI.getCurrent().navigate(WebhookNavigation.endpoint(created.endpoint().id()));

        _click(_get(Button.class, spec -> spec.withId("webhook-toggle")));
        assertThat(endpoint().enabled()).isFalse();
        assertThat(_get(Button.class, spec -> spec.withId("webhook-toggle")).getText()).isEqualTo("Enable");

        _click(_get(Button.class, spec -> spec.withId("webhook-rotate")));
        ConfirmDialog rotate = _get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog"));
        assertThat(rotate.getElement().getProperty("header")).contains("Rotate the secret of \"CRM\"");
        ConfirmDialogKt._fireConfirm(rotate);
        String secret = _get(TextField.class, spec -> spec.withId("webhook-secret")).getValue();
        assertThat(secret).hasSize(43).isNotEqualTo(created.secret());
        _get(Dialog.class, spec -> spec.withId("webhook-secret-dialog")).close();

        _click(_get(Button.class, spec -> spec.withId("webhook-edit")));
        _get(TextField.class, spec -> spec.withId("webhook-name")).setValue("CRM (EU)");
        _click(_get(Button.class, spec -> spec.withId("webhook-save")));
        assertThat(endpoint().name()).isEqualTo("CRM (EU)");

        _click(_get(Button.class, spec -> spec.withId("webhook-delete")));
        ConfirmDialog delete = _get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog"));
        assertThat(delete.getElement().getProperty("header")).contains("Delete \"CRM (EU)\"");
        ConfirmDialogKt._fireConfirm(delete);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(WebhooksView.class);
        assertThat(SignedIn.as(tenant.admin(), () -> webhooks.list())).isEmpty();
    }

    private WebhookEndpointSummary endpoint() {
        return SignedIn.as(tenant.admin(), () -> webhooks.list()).getFirst();
    }

    private String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    @SuppressWarnings("unchecked")
    private Grid<WebhookEndpointSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("webhooks-grid"));
    }

    @SuppressWarnings("unchecked")
    private Grid<WebhookDeliverySummary> log() {
        return _get(Grid.class, spec -> spec.withId("webhook-log"));
    }

}
