package app.communityops.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.security.AccountService;
import app.communityops.security.mfa.Base32;
import app.communityops.security.mfa.Enrolment;
import app.communityops.security.mfa.SecondFactorService;
import app.communityops.security.mfa.Totp;
import app.communityops.shared.AppPrincipal;
import app.communityops.testing.BrowserJourney;
import app.communityops.testing.HeadlessChromium;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Access that is taken away ends in the open browser too: a user has a page open, an admin disables the account,
 * and the user's next click lands on the sign-in page. Also walks the screens that show sessions, in English and
 * Chinese, and keeps a screenshot of each under target/screenshots.
 */
class SessionEndBrowserIT extends BrowserJourney {

    @Autowired
    private TestTenants tenants;
    @Autowired
    private AccountService accounts;
    @Autowired
    private SecondFactorService secondFactors;

    @Test
    void aDisabledUsersOpenPageGoesToSignInAtTheNextClick() {
        TestTenants.Fixture tenant = tenants.create();
        WebDriverWait wait = patiently();
        driver.manage().deleteAllCookies();
        driver.get(url("/account"));
        HeadlessChromium.signIn(driver, wait, tenant.operator().email(), TestTenants.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("change-password")));

        // A click while the account is active: a round trip that keeps the page (the empty form is refused).
        click("change-password");
        wait.until(driver -> js().executeScript(
                "return document.getElementById('current-password').hasAttribute('invalid')"));
        assertThat(driver.findElements(By.id("login-form"))).isEmpty();

        SignedIn.run(tenant.admin(), () -> accounts.setEnabled(tenant.operator().userId(),
                accounts.list().stream().filter(a -> a.id().equals(tenant.operator().userId())).findFirst()
                        .orElseThrow().version(), false));

        click("change-password");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
        assertThat(driver.getCurrentUrl()).contains("/login");
        Object export = js().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {redirect: 'manual'}).then(r => done(r.status));",
                "/export/communities/" + tenant.communityId() + "/members.csv");
        assertThat(String.valueOf(export)).isNotEqualTo("200");
    }

    @Test
    void theSessionScreensTellWhoIsSignedInInBothLanguages() {
        TestTenants.Fixture tenant = tenants.create();
        WebDriverWait wait = patiently();
        signInFresh(wait, "/account", tenant.operator().email());
        signInFresh(wait, "/account", tenant.admin().email());
        signInFresh(wait, "/account", tenant.admin().email());

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("myaccount-sessions"), "This session"));
        assertThat(cells("sessions-grid")).contains("This session", "End session", "Chrome");
        scrollTo("myaccount-sessions");
        screenshot("myaccount-sessions-en");

        driver.get(url("/people"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("people-grid")));
        wait.until(driver -> cells("people-grid").contains("2 sessions"));
        assertThat(cells("people-grid")).contains("1 session", "None");
        screenshot("people-sessions-en");

        AppPrincipal admin = tenant.admin();
        SignedIn.run(admin, () -> accounts.changeOwnLanguage(Locale.SIMPLIFIED_CHINESE));
        signInFresh(wait, "/account", admin.email());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("myaccount-sessions"), "本会话"));
        scrollTo("myaccount-sessions");
        screenshot("myaccount-sessions-zh");
        driver.get(url("/people"));
        wait.until(driver -> cells("people-grid").contains("3 个会话"));
        screenshot("people-sessions-zh");

        // Platform admins always sign in with a second factor: two recovery codes carry the two sign-ins below.
        AppPrincipal platform = tenants.platformAdmin();
        List<String> recoveryCodes = enrol(platform);
        signInWithCode(wait, "/platform/tenants", platform.email(), recoveryCodes.get(0));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out-tenant")));
        assertThat(driver.findElement(By.id("sign-out-tenant")).getText()).isEqualTo("Sign out everyone");
        screenshot("tenants-sign-out-en");
        SignedIn.run(platform, () -> accounts.changePlatformAdminLanguage(Locale.SIMPLIFIED_CHINESE));
        signInWithCode(wait, "/platform/tenants", platform.email(), recoveryCodes.get(1));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sign-out-tenant"), "全员退出登录"));
        screenshot("tenants-sign-out-zh");
    }

    /** A new browser session (the earlier one stays open on the server, as when someone uses another device). */
    private void signInFresh(WebDriverWait wait, String path, String email) {
        driver.manage().deleteAllCookies();
        driver.get(url(path));
        HeadlessChromium.signIn(driver, wait, email, TestTenants.PASSWORD);
        wait.until(ExpectedConditions.urlContains(path));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tenant-name")));
    }

    /** As {@link #signInFresh}, through the code step with the given code. */
    private void signInWithCode(WebDriverWait wait, String path, String email, String code) {
        driver.manage().deleteAllCookies();
        driver.get(url(path));
        HeadlessChromium.signIn(driver, wait, email, TestTenants.PASSWORD);
        wait.until(ExpectedConditions.urlContains("/login/code"));
        HeadlessChromium.type(wait, "#mfa-code input", code + Keys.TAB);
        click("mfa-verify");
        wait.until(ExpectedConditions.urlContains(path));
    }

    /** Sets up an authenticator for the user, as the app would; answers the recovery codes. */
    private List<String> enrol(AppPrincipal user) {
        return SignedIn.as(user, () -> {
            Enrolment enrolment = secondFactors.start();
            byte[] secret = Base32.decode(enrolment.secret());
            return secondFactors.confirm(enrolment.secret(), Totp.code(secret, Totp.step(Instant.now())));
        });
    }

    private void scrollTo(String id) {
        js().executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    /** The text of a grid's cells (rendered in light DOM slots). */
    private String cells(String gridId) {
        return String.valueOf(js().executeScript("""
                const grid = document.getElementById(arguments[0]);
                return grid ? Array.from(grid.querySelectorAll('vaadin-grid-cell-content'))
                    .map(c => c.textContent).join(' | ') : '';""", gridId));
    }
}
