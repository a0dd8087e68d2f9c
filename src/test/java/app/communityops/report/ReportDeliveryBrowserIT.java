package app.communityops.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.shared.AppPrincipal;
import app.communityops.shared.TenantContext;
import app.communityops.testing.BrowserJourney;
import app.communityops.testing.HeadlessChromium;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delivered report in a real browser: an operator, as the second person, sends a report in review after
 * confirming; the client, on a phone-sized screen and in Chinese, sees it under "What's new", opens it and
 * acknowledges it; the signed link from the mail opens the PDF without signing in. Screenshots land in
 * target/screenshots.
 */
class ReportDeliveryBrowserIT extends BrowserJourney {

    @Autowired private TestTenants tenants;
    @Autowired private ReportDeliveryService deliveries;
    @Autowired private ReportLinks links;
    @Autowired private JdbcTemplate jdbc;
    @Autowired private PlatformTransactionManager transactionManager;

    @Test
    void anOperatorSendsAndTheClientOpensAndAcknowledges() throws Exception {
        TestTenants.Fixture tenant = tenants.create();
        AppPrincipal colleague = tenants.operatorOfCommunity(tenant, "colleague");
        ReportDelivery review = SignedIn.as(tenant.operator(), () -> {
            ReportDelivery draft = deliveries.prepare(tenant.communityId(),
                    ReportPeriod.month(YearMonth.now().minusMonths(1)));
            deliveries.saveCommentary(tenant.communityId(), draft.id(), new SectionCommentary("money",
                    "两门课程售罄。Two courses sold out.", "One refund.", "Open a third course."));
            return deliveries.submit(tenant.communityId(), draft.id(), draft.version());
        });
        String page = "/" + ReportNavigation.deliveryPath(tenant.communityId(), review.id());
        WebDriverWait wait = patiently();
        driver.manage().window().setSize(new Dimension(1400, 1000));
        driver.manage().deleteAllCookies();

        driver.get(url(page));
        HeadlessChromium.signIn(driver, wait, colleague.email(), TestTenants.PASSWORD);
        WebElement send = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("delivery-send")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("commentary-money")));
        screenshot("delivery-review-operator");
        js().executeScript("arguments[0].click()", send);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-confirm-dialog[opened]")));
        screenshot("delivery-send-confirm");
        js().executeScript("""
                const dialog = document.querySelector('vaadin-confirm-dialog[opened]');
                dialog.querySelector('[slot="confirm-button"]').click();""");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("delivery-badges"), "Sent"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("delivery-pdf")));
        screenshot("delivery-sent-operator");
        driver.get(url("/" + ReportNavigation.path(tenant.communityId())));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-delivery-" + review.id())));
        js().executeScript("document.getElementById('report-delivery-panel').scrollIntoView()");
        screenshot("delivery-report-page-operator");
        driver.get(url("/" + ReportNavigation.DELIVERIES_ROUTE));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("delivery-" + review.id())));
        screenshot("delivery-list-operator");

        TenantContext.callAs(tenant.tenantId(), () -> new TransactionTemplate(transactionManager).execute(status ->
                jdbc.update("update user_account set locale = 'zh-CN' where id = ?", tenant.clientUser().userId())));
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(url("/portfolio"));
        HeadlessChromium.signIn(driver, wait, tenant.clientUser().email(), TestTenants.PASSWORD);
        WebElement toRead = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.id("whats-new-report-waiting-toRead")));
        assertThat(toRead.getText()).contains("待阅读报告", "1");
        screenshot("delivery-client-whats-new-390");

        js().executeScript("arguments[0].click()", toRead);
        WebElement item = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("delivery-" + review.id())));
        assertThat(item.getText()).contains("新", "已发送");
        screenshot("delivery-client-list-390");

        js().executeScript("arguments[0].click()", item);
        WebElement acknowledge = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("delivery-acknowledge")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-commentary-money"),
                "Two courses sold out."));
        screenshot("delivery-client-report-390");
        acknowledge = wait.until(ExpectedConditions.elementToBeClickable(By.id("delivery-acknowledge")));
        acknowledge.click();
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("delivery-badges"), "已确认"));
        } finally {
            screenshot("delivery-client-after-acknowledge-390");
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("delivery-thread"), "确认收到报告"));
        js().executeScript("document.getElementById('delivery-thread').scrollIntoView()");
        screenshot("delivery-client-acknowledged-390");
        assertThat(SignedIn.as(tenant.operator(), () -> deliveries.find(tenant.communityId(), review.id())).state())
                .isEqualTo(DeliveryState.ACKNOWLEDGED);
    }

    @Test
    void theSignedLinkOpensThePdfWithoutSigningInAndABadOneIsNotFound() throws Exception {
        TestTenants.Fixture tenant = tenants.create();
        ReportDelivery sent = SignedIn.as(tenant.admin(), () -> {
            deliveries.saveSettings(new DeliverySettings(false, 30, false));
            ReportDelivery draft = deliveries.prepare(tenant.communityId(),
                    ReportPeriod.month(YearMonth.now().minusMonths(1)));
            ReportDelivery review = deliveries.submit(tenant.communityId(), draft.id(), draft.version());
            return deliveries.send(tenant.communityId(), draft.id(), review.version(), done -> { });
        });
        String token = TenantContext.callAs(tenant.tenantId(), () -> new TransactionTemplate(transactionManager)
                .execute(status -> links.sign(sent.id(), tenant.clientUser().userId(),
                        Instant.now().plus(Duration.ofDays(1)))));

        HttpResponse<byte[]> found = get(ReportLinks.PATH + token);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(found.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(new String(found.body(), 0, 5)).isEqualTo("%PDF-");
        HttpResponse<byte[]> forged = get(ReportLinks.PATH + token.substring(0, token.length() - 3) + "AAA");
        HttpResponse<byte[]> garbage = get(ReportLinks.PATH + "x".repeat(119));
        assertThat(forged.statusCode()).isEqualTo(404);
        assertThat(garbage.statusCode()).isEqualTo(404);
        assertThat(forged.body()).isEqualTo(garbage.body());

        WebDriverWait wait = patiently();
        driver.manage().window().setSize(new Dimension(1400, 1000));
        driver.manage().deleteAllCookies();
        driver.get(url("/" + ReportNavigation.BRANDING_ROUTE));
        HeadlessChromium.signIn(driver, wait, tenant.admin().email(), TestTenants.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("delivery-settings")));
        js().executeScript("document.getElementById('delivery-settings').scrollIntoView()");
        screenshot("delivery-settings-admin");
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
    }
}
