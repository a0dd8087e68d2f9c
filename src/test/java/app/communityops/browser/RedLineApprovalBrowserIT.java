package app.communityops.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.approval.ApprovalPolicyService;
import app.communityops.approval.ApprovalSettings;
import app.communityops.approval.ApprovalStep;
import app.communityops.screening.RedLineDetails;
import app.communityops.screening.RedLineForm;
import app.communityops.screening.RedLineService;
import app.communityops.security.AccountService;
import app.communityops.testing.BrowserJourney;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Red line changes under approval in a real browser: pending on the elimination screen and in the rulebook, and
 * on the client's phone the approval request shows the line as it will read, in English and in Chinese. Keeps a
 * screenshot of each screen under target/screenshots.
 */
class RedLineApprovalBrowserIT extends BrowserJourney {

    @Autowired TestTenants tenants;
    @Autowired RedLineService redLines;
    @Autowired ApprovalPolicyService policies;
    @Autowired AccountService accounts;

    @Test
    void pendingRedLinesOnTheirScreensAndTheRequestOnTheClientsPhone() {
        TestTenants.Fixture tenant = tenants.create();
        RedLineDetails ads = SignedIn.as(tenant.operator(),
                () -> redLines.add(tenant.communityId(), RedLineForm.of("Posting ads")));
        RedLineDetails spam = SignedIn.as(tenant.operator(),
                () -> redLines.add(tenant.communityId(), RedLineForm.of("Flooding the group with stickers")));
        SignedIn.run(tenant.admin(), () -> policies.saveForClient(tenant.clientId(), -1,
                new ApprovalSettings(false, true, List.of(ApprovalStep.CLIENT_USERS))));
        SignedIn.run(tenant.operator(), () -> redLines.proposeUpdate(ads.id(), ads.version(),
                RedLineForm.of("Posting ads, QR codes or links to other groups")));
        SignedIn.run(tenant.operator(), () -> redLines.proposeActive(spam.id(), spam.version(), false));
        WebDriverWait wait = patiently();

        signIn(wait, "/communities/" + tenant.communityId() + "/elimination", tenant.operator().email());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("red-line-proposals")));
        js().executeScript("document.getElementById('red-lines').scrollIntoView()");
        screenshot("red-lines-elimination-pending");
        driver.get(url("/communities/" + tenant.communityId() + "/rulebook"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("red-line-pending-" + ads.id())));
        js().executeScript("document.getElementById('rulebook-red-lines').scrollIntoView()");
        screenshot("red-lines-rulebook-pending");

        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            signIn(wait, "/approvals", tenant.clientUser().email());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#approvals-waiting a")));
            screenshot("red-lines-approvals-client-390");
            click(driver.findElement(By.cssSelector("#approvals-waiting a")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approval-preview")));
            assertThat(driver.findElement(By.cssSelector("#approval-preview del")).getText())
                    .isEqualTo("Posting ads");
            assertThat(driver.findElement(By.cssSelector("#approval-preview ins")).getText())
                    .isEqualTo("Posting ads, QR codes or links to other groups");
            js().executeScript("document.getElementById('approval-preview').scrollIntoView({block: 'center'})");
            screenshot("red-line-approval-detail-client-390");
            assertThat(noSideways()).as("the request fits 390 px").isTrue();

            SignedIn.run(tenant.clientUser(), () -> accounts.changeOwnLanguage(Locale.SIMPLIFIED_CHINESE));
            signIn(wait, "/approvals", tenant.clientUser().email());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#approvals-waiting a")));
            List<WebElement> waiting = driver.findElements(By.cssSelector("#approvals-waiting a"));
            click(waiting.getLast());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approval-preview")));
            assertThat(driver.findElement(By.tagName("body")).getText()).contains("红线变更");
            js().executeScript("document.getElementById('approval-preview').scrollIntoView({block: 'center'})");
            screenshot("red-line-approval-detail-client-390-zh");
            assertThat(noSideways()).as("the request fits 390 px").isTrue();
        } finally {
            driver.manage().window().setSize(new Dimension(1400, 1000));
        }
    }
}
