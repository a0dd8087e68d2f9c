package app.communityops.testing;

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
}
