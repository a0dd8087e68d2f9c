package app.communityops.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.testing.BrowserJourney;
import app.communityops.testing.HeadlessChromium;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.tool.BillingPeriod;
import app.communityops.tool.CostSplit;
import app.communityops.tool.ToolService;
import app.communityops.tool.ToolSettingsService;
import app.communityops.tool.ToolTestData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * ECharts really draws in a browser: the tools screen's cost chart gets its canvas (the script comes from the
 * WebJar through the security chain), and the navbar's bell shows the unread count.
 */
class ChartBrowserIT extends BrowserJourney {

    @Autowired
    private TestTenants tenants;
    @Autowired
    private ToolService tools;
    @Autowired
    private ToolSettingsService settings;

    @Test
    void theToolsCostChartDrawsOnACanvas() {
        TestTenants.Fixture tenant = tenants.create();
        var category = ToolTestData.category(settings, tenant);
        ToolTestData.create(tools, tenant, ToolTestData.form("SCRM", category, "1200", "CNY", BillingPeriod.YEAR,
                CostSplit.EVEN, List.of()));
        WebDriverWait wait = patiently();

        driver.get(url("/tools"));
        HeadlessChromium.signIn(driver, wait, tenant.admin().email(), TestTenants.PASSWORD);

        wait.until(ExpectedConditions.urlContains("/tools"));
        WebElement canvas = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#tools-cost-chart-canvas canvas")));
        assertThat(canvas.getSize().getWidth()).isPositive();
        assertThat(canvas.getSize().getHeight()).isPositive();
        assertThat(((JavascriptExecutor) driver).executeScript("return typeof window.echarts")).isEqualTo("object");
        assertThat(driver.findElement(By.id("notification-bell")).isDisplayed()).isTrue();
        SignedIn.run(tenant.admin(), () -> assertThat(tools.list()).hasSize(1));
    }

}
