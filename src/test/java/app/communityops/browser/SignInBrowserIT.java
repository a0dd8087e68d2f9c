package app.communityops.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.testing.BrowserJourney;
import app.communityops.testing.HeadlessChromium;
import app.communityops.testing.TestTenants;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The main journey in a real browser (Debian's headless Chromium): sign in with email and password, land on the
 * communities, open one community's overview, sign out.
 */
class SignInBrowserIT extends BrowserJourney {

    @Autowired
    private TestTenants tenants;

    @Test
    void staffSignsInAndOpensACommunity() {
        TestTenants.Fixture tenant = tenants.create();
        WebDriverWait wait = patiently();

        driver.get(url("/communities/") + tenant.communityId());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
        String anonymousSession = driver.manage().getCookieNamed("JSESSIONID").getValue();
        HeadlessChromium.type(wait, "input[name='username']", tenant.operator().email());
        HeadlessChromium.type(wait, "input[name='password']", TestTenants.PASSWORD);
        HeadlessChromium.submit(driver);

        wait.until(ExpectedConditions.urlContains("/communities/" + tenant.communityId()));
        // A new session id at sign-in: a session fixed before sign-in is worth nothing afterwards.
        assertThat(driver.manage().getCookieNamed("JSESSIONID").getValue()).isNotEqualTo(anonymousSession);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Community "));
        assertThat(driver.findElement(By.id("tenant-name")).getText()).isEqualTo(tenant.name());
        assertThat(driver.getPageSource()).doesNotContain("Other client community");

        // The members export rides on the console's session; without it the address sends the visitor to sign in.
        String export = "/export/communities/" + tenant.communityId() + "/members.csv";
        Object status = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' ' + t.substring(0, 40))));",
                export);
        assertThat(String.valueOf(status)).startsWith("200");
        assertThat(anonymousStatus(export)).isIn(302, 401);
    }

    private int anonymousStatus(String path) {
        try (java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient()) {
            return client.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(url(path))).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void wrongPasswordIsRefusedWithoutSayingWhy() {
        TestTenants.Fixture tenant = tenants.create();
        WebDriverWait wait = patiently();
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
        HeadlessChromium.type(wait, "input[name='username']", tenant.admin().email());
        HeadlessChromium.type(wait, "input[name='password']", "not-the-password");
        HeadlessChromium.submit(driver);
        wait.until(ExpectedConditions.urlContains("error"));
        assertThat(driver.getCurrentUrl()).contains("/login");
    }

    @Test
    void repeatedWrongPasswordsAreToldHowLongToWait() {
        TestTenants.Fixture tenant = tenants.create();
        WebDriverWait wait = patiently();
        driver.manage().deleteAllCookies();
        for (int attempt = 0; attempt <= 5; attempt++) {
            driver.get(url("/login"));
            HeadlessChromium.signIn(driver, wait, tenant.admin().email(), "not-the-password");
            wait.until(ExpectedConditions.urlContains("error"));
        }

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-notice")));
        assertThat(driver.findElement(By.id("login-notice")).getText())
                .matches("Too many sign-in attempts\\. Please wait \\d+ seconds and try again\\.");
    }
}
