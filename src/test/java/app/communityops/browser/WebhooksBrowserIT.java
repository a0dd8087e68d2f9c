package app.communityops.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.automation.AutomationEventType;
import app.communityops.testing.BrowserJourney;
import app.communityops.testing.HeadlessChromium;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.webhook.DeliveryStatus;
import app.communityops.webhook.WebhookDeliverySummary;
import app.communityops.webhook.WebhookEndpointSummary;
import app.communityops.webhook.WebhookNavigation;
import app.communityops.webhook.WebhookService;
import app.communityops.webhook.WebhookSignature;
import app.communityops.webhook.WebhookTestData;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A tenant admin connects a receiver in a real browser: creates an endpoint pointing at a real HTTP server started
 * inside the test, sees its signing secret once, sends a test event and reads in the delivery log that the receiver
 * took it, with its answer; the receiver's request carries a signature that verifies with the secret the admin was
 * shown. Keeps a screenshot of each screen under target/screenshots.
 */
class WebhooksBrowserIT extends BrowserJourney {

    /** What the receiver answers, so that the delivery log can be seen to show the receiver's own answer. */
    private static final String ANSWER = "{\"accepted\":true,\"by\":\"crm-sync receiver\"}";

    private record Received(String path, Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().getFirst()).findFirst().orElse("");
        }
    }

    @Autowired TestTenants tenants;
    @Autowired WebhookService webhooks;
    @Autowired WebhookTestData webhookData;

    @Test
    void theAdminCreatesAnEndpointSeesItsSecretOnceAndATestEventArrivesSigned() throws IOException {
        TestTenants.Fixture tenant = tenants.create();
        List<Received> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", exchange -> {
            received.add(new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] answer = ANSWER.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        receiver.start();
        try {
            String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks/communityops";
            WebDriverWait wait = patiently();

            signIn(wait, "/" + WebhookNavigation.ENDPOINTS_ROUTE, tenant.admin().email());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("webhooks-empty")));
            screenshot("webhooks-empty");

            click("webhook-new");
            HeadlessChromium.type(wait, "#webhook-name input", "CRM sync" + Keys.TAB);
            HeadlessChromium.type(wait, "#webhook-url input", hook + Keys.TAB);
            click(wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                    "//*[@id='webhook-event-types']//vaadin-checkbox[normalize-space(.)='Member joined (member.joined)']//input"))));
            screenshot("webhooks-new-endpoint");
            click("webhook-save");

            WebElement secretField = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#webhook-secret input")));
            wait.until(driver -> !secretField.getDomProperty("value").isBlank());
            String secret = secretField.getDomProperty("value");
            assertThat(driver.findElement(By.id("webhook-secret-dialog")).getText()).contains("shown only once");
            screenshot("webhooks-secret-once");
            click("webhook-secret-close");
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("webhook-secret-dialog")));

            WebhookEndpointSummary endpoint = SignedIn.as(tenant.admin(), () -> webhooks.list()).getFirst();
            assertThat(endpoint.url()).isEqualTo(hook);
            assertThat(endpoint.eventTypes()).containsExactly(AutomationEventType.MEMBER_JOINED);
            assertThat(endpoint.enabled()).isTrue();
            WebElement row = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//vaadin-grid-cell-content[normalize-space(.)='CRM sync']")));
            screenshot("webhooks-list");
            row.click();
            wait.until(ExpectedConditions.urlContains(WebhookNavigation.endpoint(endpoint.id())));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("webhook-facts"), hook));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("webhook-log-empty")));
            assertThat(pageHolds(secret)).as("the secret is not shown again").isFalse();

            click("webhook-test");
            wait.until(driver -> notifications().contains("A test event (ping) is queued"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("webhook-log"), "Waiting"));
            screenshot("webhooks-test-queued");
            assertThat(received).as("nothing is sent before the sender runs").isEmpty();

            // The sender's run, which the scheduler would start within seconds; the open page then polls for the answer.
            assertThat(webhookData.sendDue(tenant)).isEqualTo(1);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("webhook-log"), "Delivered"));
            WebElement answer = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                    "//vaadin-grid-cell-content[normalize-space(.)='200']")));
            screenshot("webhooks-test-delivered");

            answer.click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("webhook-delivery-answer"), ANSWER));
            assertThat(driver.findElement(By.id("webhook-delivery-body")).getText()).contains("\"type\" : \"ping\"");
            screenshot("webhooks-delivery-details");

            WebhookDeliverySummary delivery = SignedIn.as(tenant.admin(),
                    () -> webhooks.deliveries(endpoint.id(), null)).getFirst();
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
            assertThat(delivery.lastStatus()).isEqualTo(200);
            assertThat(received).hasSize(1);
            Received request = received.getFirst();
            assertThat(request.path()).isEqualTo("/hooks/communityops");
            assertThat(request.header(WebhookSignature.EVENT_HEADER)).isEqualTo("ping");
            assertThat(request.header(WebhookSignature.DELIVERY_HEADER)).isEqualTo(delivery.id().toString());
            String signature = request.header(WebhookSignature.HEADER);
            assertThat(WebhookSignature.verify(secret, signature, request.body(), Instant.now()))
                    .as("the signature verifies with the secret the admin was shown").isTrue();
            assertThat(WebhookSignature.verify(secret + "x", signature, request.body(), Instant.now()))
                    .as("and with no other secret").isFalse();
        } finally {
            receiver.stop(0);
        }
    }

    /** Whether the text appears anywhere on the page: in its markup or in the value of one of its fields. */
    private boolean pageHolds(String text) {
        return Boolean.TRUE.equals(js().executeScript("""
                return document.documentElement.outerHTML.includes(arguments[0])
                    || Array.from(document.querySelectorAll('input, textarea'))
                        .some(field => field.value.includes(arguments[0]))""", text));
    }

    /** The text of every notification on screen. */
    private String notifications() {
        return String.valueOf(js().executeScript("return Array.from(document.querySelectorAll("
                + "'vaadin-notification-card')).map(card => card.textContent).join(' | ')"));
    }
}
