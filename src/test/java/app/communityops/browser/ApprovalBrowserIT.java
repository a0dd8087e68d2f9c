package app.communityops.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.approval.ApprovalPolicyService;
import app.communityops.approval.ApprovalSettings;
import app.communityops.approval.ApprovalStep;
import app.communityops.content.ContentCategory;
import app.communityops.content.ContentDetails;
import app.communityops.content.ContentForm;
import app.communityops.content.ContentService;
import app.communityops.content.ContentStatus;
import app.communityops.content.RulebookKind;
import app.communityops.content.RulebookService;
import app.communityops.security.AccountService;
import app.communityops.testing.BrowserJourney;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The approval loop in a real browser: the operator submits a draft, the client approves it on a phone-sized
 * screen, and the operator can then schedule it. Keeps a screenshot of each screen under target/screenshots.
 */
class ApprovalBrowserIT extends BrowserJourney {

    @Autowired TestTenants tenants;
    @Autowired ContentService content;
    @Autowired RulebookService rulebook;
    @Autowired ApprovalPolicyService policies;
    @Autowired AccountService accounts;

    @Test
    void theOperatorSubmitsTheClientApprovesOnAPhoneAndTheItemIsScheduled() {
        TestTenants.Fixture tenant = tenants.create();
        SignedIn.run(tenant.admin(), () -> policies.saveForClient(tenant.clientId(), -1,
                new ApprovalSettings(true, true, List.of(ApprovalStep.OPERATORS, ApprovalStep.CLIENT_USERS))));
        ContentDetails draft = SignedIn.as(tenant.operator(), () -> {
            ContentForm form = new ContentForm();
            form.setCommunityIds(new LinkedHashSet<>(List.of(tenant.communityId())));
            form.setCategory(ContentCategory.DEEP_DIVE);
            form.setTitle("Autumn meet-up announcement");
            form.setBody("## Join us on the 14th\n\nA walk by the river, then **tea** at the club house.\n\n"
                    + "- Bring a friend\n- Sign up by Friday");
            form.setMarkdown(true);
            form.setPublishAt(LocalDateTime.now().plusDays(2).truncatedTo(ChronoUnit.HOURS));
            ContentDetails idea = content.create(form);
            return content.move(idea.id(), idea.version(), ContentStatus.DRAFT);
        });
        String itemPath = "/communities/" + tenant.communityId() + "/content/" + draft.id();
        WebDriverWait wait = patiently();

        signIn(wait, itemPath, tenant.operator().email());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("content-approval-state"),
                "Not yet submitted"));
        click("content-approval-submit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("content-approval-state"),
                "Waiting for approval"));
        // In review now, but not approved yet: scheduling is refused with the reason.
        click("move-SCHEDULED-" + draft.id());
        wait.until(driver -> notifications().contains("needs approval before it is scheduled"));
        screenshot("approval-content-submitted");

        driver.get(url("/approvals"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#approvals-waiting a")));
        screenshot("approvals-operator");
        click(driver.findElement(By.cssSelector("#approvals-waiting a")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approval-approve")));
        click("approval-approve");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("approval-approve")));

        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            signIn(wait, "/approvals", tenant.clientUser().email());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#approvals-waiting a")));
            screenshot("approvals-client-390");
            assertThat(noSideways()).as("the list fits 390 px").isTrue();
            click(driver.findElement(By.cssSelector("#approvals-waiting a")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approval-preview")));
            assertThat(driver.findElement(By.id("approval-preview")).getText()).contains("Join us on the 14th");
            screenshot("approval-detail-client-390");
            assertThat(noSideways()).as("the request fits 390 px").isTrue();
            click("approval-request-changes");
            wait.until(driver -> Boolean.TRUE.equals(js().executeScript(
                    "return document.getElementById('approval-comment').hasAttribute('invalid')")));
            screenshot("approval-detail-client-390-comment-required");
            click("approval-approve");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("approval-status"), "Approved"));
            screenshot("approval-detail-client-390-approved");
        } finally {
            driver.manage().window().setSize(new Dimension(1400, 1000));
        }

        signIn(wait, itemPath, tenant.operator().email());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("content-approval-state"), "Approved"));
        click("move-SCHEDULED-" + draft.id());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("content-detail-status"), "Scheduled"));
        screenshot("approval-content-scheduled");
        assertThat(SignedIn.as(tenant.operator(), () -> content.find(tenant.communityId(), draft.id())).status())
                .isEqualTo(ContentStatus.SCHEDULED);

        // Nothing waits any more: the client's list says so, here in Chinese on a phone.
        SignedIn.run(tenant.clientUser(), () -> accounts.changeOwnLanguage(Locale.SIMPLIFIED_CHINESE));
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            signIn(wait, "/approvals", tenant.clientUser().email());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("approvals-waiting-empty"),
                    "目前没有等待您审批的内容"));
            screenshot("approvals-client-390-zh-empty");
            driver.get(url("/notifications"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notifications-view")));
            screenshot("notifications-client-390-zh");
        } finally {
            driver.manage().window().setSize(new Dimension(1400, 1000));
        }
    }

    @Test
    void theSettingsAndThePendingRulebookChangeAsTheAdminSeesThem() {
        TestTenants.Fixture tenant = tenants.create();
        SignedIn.run(tenant.admin(), () -> policies.saveForClient(tenant.clientId(), -1,
                new ApprovalSettings(true, true, List.of(ApprovalStep.TENANT_ADMINS, ApprovalStep.CLIENT_USERS))));
        SignedIn.run(tenant.operator(), () -> rulebook.proposeAdd(tenant.communityId(), RulebookKind.FORBIDDEN,
                "Posting links to other groups without asking"));
        WebDriverWait wait = patiently();
        signIn(wait, "/approval-settings", tenant.admin().email());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approval-settings-clients")));
        screenshot("approval-settings");
        driver.get(url("/approval-settings/clients/" + tenant.clientId()));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approval-policy-step-1")));
        screenshot("approval-settings-client");
        driver.get(url("/communities/" + tenant.communityId() + "/approval-settings"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approval-settings-source")));
        screenshot("approval-settings-community");
        driver.get(url("/communities/" + tenant.communityId() + "/rulebook"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rulebook-proposals")));
        screenshot("rulebook-pending-change");
        click(driver.findElement(By.cssSelector("#rulebook-proposals a")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approval-preview")));
        assertThat(driver.findElement(By.cssSelector("#approval-preview ins")).getText())
                .isEqualTo("Posting links to other groups without asking");
        screenshot("approval-detail-rulebook");
    }

    /** The text of every notification on screen. */
    private String notifications() {
        return String.valueOf(js().executeScript("return Array.from(document.querySelectorAll("
                + "'vaadin-notification-card')).map(card => card.textContent).join(' | ')"));
    }
}
