package app.communityops.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.automation.AutomationNavigation;
import app.communityops.automation.DryRun;
import app.communityops.automation.DryRunService;
import app.communityops.automation.Playbook;
import app.communityops.automation.RuleScope;
import app.communityops.automation.RuleService;
import app.communityops.automation.RuleSummary;
import app.communityops.automation.RunLogNavigation;
import app.communityops.members.MemberTestData;
import app.communityops.members.MemberTestData.Spec;
import app.communityops.members.MembershipService;
import app.communityops.members.MembershipStatus;
import app.communityops.tenancy.TenantDirectory;
import app.communityops.testing.BrowserJourney;
import app.communityops.testing.HeadlessChromium;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A tenant admin's way through automation in a real browser: switching the welcome playbook on for a community,
 * its rules enabled in the list, one rule's due time changed in the editor, its dry run over the last 30 days (with
 * the member who joined before the switch-on) and its run log; switching the playbook off after confirming; and the
 * operator of another community kept out of the rule. Keeps a screenshot of each screen under target/screenshots.
 */
class AutomationBrowserIT extends BrowserJourney {

    @Autowired TestTenants tenants;
    @Autowired RuleService rules;
    @Autowired DryRunService dryRuns;
    @Autowired MemberTestData members;
    @Autowired MembershipService memberships;
    @Autowired TenantDirectory directory;

    @Test
    void theAdminSwitchesAPlaybookOnEditsARuleAndTriesItWhileAnotherCommunitysOperatorIsKeptOut() {
        TestTenants.Fixture tenant = tenants.create();
        // The playbook goes on for the community the fixture's operator does not work in.
        UUID community = tenant.unassignedCommunityId();
        String communityName = SignedIn.as(tenant.admin(), () -> rules.communitiesForRules()).stream()
                .filter(each -> each.id().equals(community)).findFirst().orElseThrow().name();
        // Grace joined before the playbook is switched on: its rules do not act on her, but the dry run shows her.
        UUID grace = members.add(tenant.tenantId(), community,
                List.of(Spec.of("Grace Hopper", "grace", MembershipStatus.APPROVED))).getFirst();
        SignedIn.run(tenant.admin(), () -> memberships.join(grace));
        String welcome = Playbook.WELCOME.key();
        WebDriverWait wait = patiently();

        signIn(wait, "/" + AutomationNavigation.PLAYBOOKS_ROUTE, tenant.admin().email());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("playbook-placements-" + welcome),
                "Not switched on anywhere yet"));
        assertThat(driver.findElement(By.id("playbook-on-" + welcome)).getAttribute("disabled"))
                .as("nothing to switch on before a community is chosen").isNotNull();
        choose(wait, "playbook-scope-" + welcome, communityName);
        wait.until(driver -> driver.findElement(By.id("playbook-on-" + welcome)).getAttribute("disabled") == null);
        click("playbook-on-" + welcome);
        wait.until(driver -> notifications().contains("\"New-member welcome\" is on for " + communityName
                + ": 3 of 3 rules enabled."));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("playbook-placements-" + welcome),
                "On for " + communityName + ": 3 of 3 rules enabled"));
        screenshot("automation-playbook-on");

        List<RuleSummary> made = SignedIn.as(tenant.admin(), () -> rules.list(RuleScope.community(community)));
        assertThat(made).hasSize(3).allSatisfy(rule -> assertThat(rule.playbookKey()).isEqualTo(welcome));
        click("playbook-rules-" + welcome + "-" + community);
        wait.until(ExpectedConditions.urlContains(AutomationNavigation.RULES_ROUTE + "?"
                + AutomationNavigation.COMMUNITY_PARAMETER + "=" + community));
        for (RuleSummary rule : made) {
            WebElement enabled = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.id("rule-enabled-" + rule.id())));
            assertThat(enabled.getAttribute("checked")).as("%s is enabled in the list", rule.name()).isNotNull();
        }
        screenshot("automation-rules-of-community");

        RuleSummary checkIn = made.stream().filter(rule -> rule.name().equals("Welcome: day 3 check-in"))
                .findFirst().orElseThrow();
        assertThat(checkIn.definition().actions().getFirst().dueInHours()).isEqualTo(72);
        WebElement row = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-grid-cell-content[.//span[normalize-space(.)='" + checkIn.name() + "']]")));
        row.click();
        wait.until(ExpectedConditions.urlContains(AutomationNavigation.rulePath(checkIn.id())));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rule-title"), checkIn.name()));
        assertThat(driver.findElement(By.id("rule-scope")).getText()).contains(communityName);
        HeadlessChromium.type(wait, "#action-due-0 input", "48" + Keys.TAB);
        click("rule-save");
        wait.until(driver -> notifications().contains("\"" + checkIn.name() + "\" saved."));
        screenshot("automation-rule-saved");
        RuleSummary saved = SignedIn.as(tenant.admin(), () -> rules.find(checkIn.id())).orElseThrow();
        assertThat(saved.definition().actions().getFirst().dueInHours()).isEqualTo(48);
        assertThat(saved.enabled()).as("saving an edit keeps the rule on").isTrue();
        assertThat(saved.version()).isGreaterThan(checkIn.version());

        click("rule-dry-run");
        wait.until(ExpectedConditions.urlContains(RunLogNavigation.dryRunPath(checkIn.id())));
        WebElement period = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dry-run-period")));
        DryRun dryRun = SignedIn.as(tenant.admin(), () -> dryRuns.dryRun(checkIn.id()));
        DateTimeFormatter days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH)
                .withZone(directory.zone(tenant.tenantId()));
        assertThat(period.getText()).isEqualTo("What this rule would have done from " + days.format(dryRun.from())
                + " to " + days.format(dryRun.to()) + ", from the facts recorded in that time.");
        assertThat(driver.findElement(By.id("dry-run-state")).getText()).contains("switched on");
        assertThat(driver.findElement(By.id("dry-run-fired")).getText()).isEqualTo("Times the trigger fired: 1");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dry-run-grid"), "Grace Hopper"));
        screenshot("automation-dry-run");

        click("dry-run-run-log");
        wait.until(ExpectedConditions.urlContains(RunLogNavigation.runsOf(checkIn.id())));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("run-log-view")));
        // Grace joined before the switch-on: the rule has not fired, and the log of this one rule says so.
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("run-log-empty")));
        assertThat(driver.findElement(By.id("run-log-all-rules")).isDisplayed()).isTrue();
        screenshot("automation-run-log");

        // Switching the playbook off asks first, then turns its rules off and keeps them with their edits.
        driver.get(url("/" + AutomationNavigation.PLAYBOOKS_ROUTE));
        click("playbook-off-" + welcome + "-" + community);
        WebElement confirm = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#confirm-dialog vaadin-button[slot='confirm-button']")));
        screenshot("automation-playbook-off-confirm");
        click(confirm);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("playbook-placements-" + welcome),
                "Off for " + communityName + ": 0 of 3 rules enabled, kept with their edits"));
        RuleSummary off = SignedIn.as(tenant.admin(), () -> rules.find(checkIn.id())).orElseThrow();
        assertThat(off.enabled()).isFalse();
        assertThat(off.definition().actions().getFirst().dueInHours()).isEqualTo(48);

        // The operator of another community finds neither the rule nor its dry run.
        signIn(wait, "/" + AutomationNavigation.RULES_ROUTE, tenant.operator().email());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rules-view")));
        assertThat(driver.findElements(By.id("rule-enabled-" + checkIn.id()))).isEmpty();
        driver.get(url("/" + AutomationNavigation.rulePath(checkIn.id())));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("not-found")));
        assertThat(driver.findElements(By.id("rule-editor"))).isEmpty();
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain(checkIn.name());
        screenshot("automation-rule-other-operator");
        driver.get(url("/" + RunLogNavigation.dryRunPath(checkIn.id())));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("not-found")));
        assertThat(driver.findElements(By.id("dry-run-period"))).isEmpty();
    }

    /** Types {@code label} into the combo box, then picks the item of that label from its drop-down. */
    private void choose(WebDriverWait wait, String comboBoxId, String label) {
        HeadlessChromium.type(wait, "#" + comboBoxId + " input", label);
        WebElement item = wait.until(driver -> (WebElement) js().executeScript("""
                const all = (root, found) => {
                    root.querySelectorAll('vaadin-combo-box-item').forEach(item => found.push(item));
                    root.querySelectorAll('*').forEach(element => element.shadowRoot && all(element.shadowRoot, found));
                    return found;
                };
                return all(document, []).find(item => item.textContent.trim() === arguments[0]) || null;""",
                label));
        click(item);
    }

    /** The text of every notification on screen. */
    private String notifications() {
        return String.valueOf(js().executeScript("return Array.from(document.querySelectorAll("
                + "'vaadin-notification-card')).map(card => card.textContent).join(' | ')"));
    }
}
