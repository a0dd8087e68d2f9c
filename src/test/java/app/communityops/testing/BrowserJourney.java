package app.communityops.testing;

import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.By;
import java.nio.file.Path;
import java.nio.file.Files;
import java.io.UncheckedIOException;
import java.io.IOException;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A journey in a real browser against the whole application on a random port: one headless Chromium per test
 * class, started before its first test and quit after its last.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserJourney {

    /** Generous, because the machines that run the journeys may be busy with other builds. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    protected static WebDriver driver;

    @LocalServerPort
    protected int port;

    /**
     * Every journey also proves the Content-Security-Policy lets the application work: a refusal (a script, style,
     * image, eval or connection the policy blocked) shows in the browser's console and fails the journey.
     */
    @AfterEach
    void nothingWasRefusedByTheContentSecurityPolicy() {
        List<String> refusals = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("unsafe-eval")
                        || message.contains("unsafe-inline"))
                .toList();
        assertThat(refusals).as("Content-Security-Policy refusals in the browser console").isEmpty();
    }

    @BeforeAll
    static void startBrowser() {
        driver = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected WebDriverWait patiently() {
        return new WebDriverWait(driver, PATIENCE);
    }

    protected JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    /** Signs in afresh as {@code email} on {@code path} and waits for the signed-in shell. */
    protected void signIn(WebDriverWait wait, String path, String email) {
        driver.manage().deleteAllCookies();
        driver.get(url(path));
        HeadlessChromium.signIn(driver, wait, email, TestTenants.PASSWORD);
        wait.until(ExpectedConditions.urlContains(path));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tenant-name")));
    }

    /** Clicks the element of that id once it is on the page, by script (it may be under an overlay). */
    protected void click(String id) {
        click(patiently().until(ExpectedConditions.presenceOfElementLocated(By.id(id))));
    }

    protected void click(WebElement element) {
        js().executeScript("arguments[0].click()", element);
    }

    /** Nothing on the page is wider than the window. */
    protected boolean noSideways() {
        return Boolean.TRUE.equals(js().executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth"));
    }

    /** Keeps a screenshot of the page as target/screenshots/{@code name}.png. */
    protected void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
