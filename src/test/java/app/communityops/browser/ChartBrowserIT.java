package app.communityops.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.tool.BillingPeriod;
import app.communityops.tool.CostSplit;
import app.communityops.tool.ToolService;
import app.communityops.tool.ToolSettingsService;
import app.communityops.tool.ToolTestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * ECharts really draws in a browser: the tools screen's cost chart gets its canvas (the script comes from the
 * WebJar through the security chain), and the navbar's bell shows the unread count.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ChartBrowserIT {

    private static WebDriver driver;

    @LocalServerPort
    private int port;

    @Autowired
    private TestTenants tenants;
    @Autowired
    private ToolService tools;
    @Autowired
    private ToolSettingsService settings;

    @BeforeAll
    static void startBrowser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,900",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theToolsCostChartDrawsOnACanvas() {
        TestTenants.Fixture tenant = tenants.create();
        var category = ToolTestData.category(settings, tenant);
        ToolTestData.create(tools, tenant, ToolTestData.form("SCRM", category, "1200", "CNY", BillingPeriod.YEAR,
                CostSplit.EVEN, List.of()));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));

        driver.get("http://localhost:" + port + "/tools");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
        type(wait, "input[name='username']", tenant.admin().email());
        type(wait, "input[name='password']", TestTenants.PASSWORD);
        WebElement submit = driver.findElement(By.cssSelector("#login-form vaadin-button"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", submit);

        wait.until(ExpectedConditions.urlContains("/tools"));
        WebElement canvas = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#tools-cost-chart-canvas canvas")));
        assertThat(canvas.getSize().getWidth()).isPositive();
        assertThat(canvas.getSize().getHeight()).isPositive();
        assertThat(((JavascriptExecutor) driver).executeScript("return typeof window.echarts")).isEqualTo("object");
        assertThat(driver.findElement(By.id("notification-bell")).isDisplayed()).isTrue();
        SignedIn.run(tenant.admin(), () -> assertThat(tools.list()).hasSize(1));
    }

    private void type(WebDriverWait wait, String css, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        input.clear();
        input.sendKeys(text);
    }
}
