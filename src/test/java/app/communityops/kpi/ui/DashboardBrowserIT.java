package app.communityops.kpi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.testing.BrowserJourney;
import app.communityops.testing.HeadlessChromium;
import app.communityops.testing.TestTenants;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A client user's journey in a real browser: signing in lands on the portfolio, the community's card leads to its
 * dashboard, every chart there is an ECharts instance drawn on a canvas, and a chart's CSV link answers with CSV.
 */
class DashboardBrowserIT extends BrowserJourney {

    private static final List<String> CHARTS = List.of("dashboard-funnel", "dashboard-channels", "dashboard-cohorts",
            "dashboard-series", "dashboard-spark-MEMBERS_TOTAL");

    @Autowired
    private TestTenants tenants;
    @Autowired
    private DashboardTestData members;

    @Test
    void aClientLandsOnThePortfolioAndOpensADashboardWithItsCharts() {
        TestTenants.Fixture tenant = tenants.create();
        members.joinedToday(tenant, tenant.communityId(), 3);
        WebDriverWait wait = patiently();
        JavascriptExecutor js = js();

        driver.get(url("/"));
        HeadlessChromium.signIn(driver, wait, tenant.clientUser().email(), TestTenants.PASSWORD);
        wait.until(ExpectedConditions.urlContains("/portfolio"));
        String card = "portfolio-" + tenant.communityId();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + card + "-spark-canvas canvas")));

        js.executeScript("arguments[0].click()", driver.findElement(By.id(card + "-name")));
        wait.until(ExpectedConditions.urlContains("/communities/" + tenant.communityId() + "/dashboard"));
        for (String chart : CHARTS) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + chart + "-canvas canvas")));
            Object drawn = js.executeScript("return window.echarts.getInstanceByDom(arguments[0]) != null",
                    driver.findElement(By.id(chart + "-canvas")));
            assertThat(drawn).as(chart).isEqualTo(true);
        }
        assertThat(driver.findElement(By.id("dashboard-value-MEMBERS_TOTAL")).getText()).isEqualTo("3");

        String href = driver.findElement(By.id("dashboard-funnel-csv")).getDomAttribute("href");
        Object response = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.text().then(body => done(r.headers.get('content-type') + '|' + body)))
                    .catch(e => done('failed ' + e));""", href);
        assertThat(response.toString()).startsWith("text/csv").contains("Joined,3");
    }
}
