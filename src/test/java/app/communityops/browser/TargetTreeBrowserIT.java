package app.communityops.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.kpi.KpiNavigation;
import app.communityops.kpi.TreeNode;
import app.communityops.testing.BrowserJourney;
import app.communityops.testing.HeadlessChromium;
import app.communityops.testing.TestTenants;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The target tree in a real browser: the operator breaks the month's revenue goal into its drivers on the Manage
 * page, sees what the drivers imply while typing, saves, and reads each node's target, actual and pacing; the client
 * reads the same tree on a phone, without the buttons to change it. Keeps a screenshot of each screen under
 * target/screenshots.
 */
class TargetTreeBrowserIT extends BrowserJourney {

    /** 200 new members × 60 % × 25 % × 199 + 5,000 repurchase = 10,970, beside a goal of 30,000. */
    private static final Map<TreeNode, String> TARGETS = Map.of(TreeNode.REVENUE, "30000",
            TreeNode.NEW_MEMBERS, "200", TreeNode.ACTIVATION_RATE, "60", TreeNode.FIRST_PURCHASE_RATE, "25",
            TreeNode.FIRST_ORDER_VALUE, "199", TreeNode.REPURCHASE_REVENUE, "5000");

    @Autowired TestTenants tenants;

    @Test
    void theOperatorBreaksTheGoalIntoItsDriversAndTheClientReadsTheTreeOnAPhone() {
        TestTenants.Fixture tenant = tenants.create();
        String manage = "/" + KpiNavigation.managePath(tenant.communityId());
        WebDriverWait wait = patiently();

        signIn(wait, manage, tenant.operator().email());
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("target-tree-empty"))).getText())
                .contains("Break your goal into its drivers");
        click("target-tree-create");
        for (TreeNode node : TreeNode.values()) {
            HeadlessChromium.type(wait, "#tree-edit-target-" + node.name() + " input", TARGETS.get(node) + Keys.TAB);
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tree-edit-implied"), "10,970"));
        assertThat(driver.findElement(By.id("tree-edit-implied")).getText()).contains("30,000");
        screenshot("target-tree-dialog");
        click("tree-edit-save");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tree-node-REPURCHASE_REVENUE")));
        for (TreeNode node : TreeNode.values()) {
            assertThat(driver.findElement(By.id("tree-status-" + node.name())).getText()).as(node.name())
                    .isNotBlank();
            assertThat(driver.findElement(By.id("tree-actual-" + node.name())).getText()).as(node.name())
                    .isNotBlank();
        }
        assertThat(driver.findElement(By.id("target-tree-implied")).getText()).contains("10,970");
        js().executeScript("arguments[0].scrollIntoView()", driver.findElement(By.id("target-tree-panel")));
        screenshot("target-tree-operator");

        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            signIn(wait, manage, tenant.clientUser().email());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tree-node-REVENUE")));
            assertThat(driver.findElements(By.id("target-tree-edit"))).as("clients only read").isEmpty();
            assertThat(driver.findElements(By.id("target-tree-remove"))).isEmpty();
            assertThat(noSideways()).as("the tree fits 390 px").isTrue();
            assertThat(js().executeScript("""
                    return Array.from(document.querySelectorAll('#manage-view *'))
                        .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1
                                     && !e.closest('vaadin-grid')).map(e => e.tagName + '#' + e.id)""")).as(
                    "nothing but a table's columns reaches past the window's edge").asList().isEmpty();
            js().executeScript("arguments[0].scrollIntoView()", driver.findElement(By.id("target-tree-panel")));
            screenshot("target-tree-client-390");
        } finally {
            driver.manage().window().setSize(new Dimension(1400, 1000));
        }
    }
}
