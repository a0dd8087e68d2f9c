package app.communityops.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.security.mfa.Base32;
import app.communityops.security.mfa.Enrolment;
import app.communityops.security.mfa.SecondFactorService;
import app.communityops.security.mfa.Totp;
import app.communityops.shared.AppPrincipal;
import app.communityops.testing.BrowserJourney;
import app.communityops.testing.HeadlessChromium;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two-step sign-in in a real browser: the password, then a code that the test computes as an authenticator app
 * would; and a platform admin's first sign-in, which must set up an app before anything else. Screenshots of the
 * steps go to {@code target/screenshots/}.
 */
class TwoFactorBrowserIT extends BrowserJourney {

    @Autowired
    private TestTenants tenants;

    @Autowired
    private SecondFactorService secondFactors;

    @Test
    void staffSignsInWithPasswordAndAuthenticatorCode() {
        TestTenants.Fixture tenant = tenants.create();
        byte[] secret = enrol(tenant.operator());
        WebDriverWait wait = patiently();
        driver.manage().deleteAllCookies();

        driver.get(url("/communities/") + tenant.communityId());
        HeadlessChromium.signIn(driver, wait, tenant.operator().email(), TestTenants.PASSWORD);
        wait.until(ExpectedConditions.urlContains("/login/code"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#mfa-code input")));
        settledScreenshot("mfa-code-step");
        driver.manage().window().setSize(new Dimension(390, 844));
        settledScreenshot("mfa-code-step-390");
        driver.manage().window().setSize(new Dimension(1400, 1000));

        // Nothing else opens before the code: the community sends back to the code step.
        driver.get(url("/communities/") + tenant.communityId());
        wait.until(ExpectedConditions.urlContains("/login/code"));

        HeadlessChromium.type(wait, "#mfa-code input", Totp.code(secret, Totp.step(Instant.now()) + 1) + Keys.TAB);
        clickWhenClickable("mfa-verify");
        wait.until(ExpectedConditions.urlContains("/communities/" + tenant.communityId()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tenant-name"), tenant.name()));
        assertThat(driver.getPageSource()).doesNotContain("Other client community");
    }

    @Test
    void aPlatformAdminSetsUpAnAppAtTheFirstSignIn() {
        AppPrincipal admin = tenants.platformAdmin();
        WebDriverWait wait = patiently();
        driver.manage().deleteAllCookies();

        driver.get(url("/login"));
        HeadlessChromium.signIn(driver, wait, admin.email(), TestTenants.PASSWORD);
        wait.until(ExpectedConditions.urlContains("/login/enrol"));
        WebElement key = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mfa-secret")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#mfa-qr svg")));
        settledScreenshot("mfa-enrol-step");
        driver.manage().window().setSize(new Dimension(390, 844));
        settledScreenshot("mfa-enrol-step-390");
        driver.manage().window().setSize(new Dimension(1400, 1000));

        byte[] secret = Base32.decode(key.getText());
        HeadlessChromium.type(wait, "#mfa-enrol-code input", Totp.code(secret, Totp.step(Instant.now())) + Keys.TAB);
        clickWhenClickable("mfa-enrol-confirm");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mfa-recovery-codes")));
        assertThat(driver.findElements(By.cssSelector("#mfa-recovery-codes li"))).hasSize(10);
        settledScreenshot("mfa-recovery-codes");
        clickWhenClickable("mfa-continue");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tenants-grid, #tenants-empty")));
    }

    @Test
    void aTenantAdminResetsAPersonsTwoStepSignIn() {
        TestTenants.Fixture tenant = tenants.create();
        enrol(tenant.operator());
        WebDriverWait wait = patiently();
        driver.manage().deleteAllCookies();

        driver.get(url("/login"));
        HeadlessChromium.signIn(driver, wait, tenant.admin().email(), TestTenants.PASSWORD);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        driver.get(url("/people"));
        WebElement row = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-grid-cell-content[contains(., '" + tenant.operator().email() + "')]")));
        row.click();
        clickWhenClickable("reset-user-mfa");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-dialog")));
        settledScreenshot("mfa-people-reset-confirm");
        WebElement confirm = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#confirm-dialog vaadin-button[slot='confirm-button']")));
        js().executeScript("arguments[0].click()", confirm);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "was reset"));
        settledScreenshot("mfa-people-after-reset");
        assertThat(SignedIn.as(tenant.admin(), () -> secondFactors.enrolledPeople())).isEmpty();

        driver.get(url("/account"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mfa-card")));
        settledScreenshot("mfa-my-account");
    }

    private byte[] enrol(AppPrincipal user) {
        return SignedIn.as(user, () -> {
            Enrolment enrolment = secondFactors.start();
            byte[] secret = Base32.decode(enrolment.secret());
            secondFactors.confirm(enrolment.secret(), Totp.code(secret, Totp.step(Instant.now())));
            return secret;
        });
    }

    private void clickWhenClickable(String id) {
        WebElement button = patiently().until(ExpectedConditions.elementToBeClickable(By.id(id)));
        js().executeScript("arguments[0].click()", button);
    }

    private void settledScreenshot(String name) {
        try {
            // Taken once Vaadin has no round trip in flight, so the picture shows the settled page.
            patiently().until(browser -> Boolean.TRUE.equals(js().executeScript("""
                    const flow = window.Vaadin && window.Vaadin.Flow;
                    return !!flow && Object.values(flow.clients || {}).every(client => !client.isActive());""")));
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
