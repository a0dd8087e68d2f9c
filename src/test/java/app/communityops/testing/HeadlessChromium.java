package app.communityops.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser the journeys run in: Debian's Chromium, headless, with a fresh profile and nothing phoning home
 * (override the binaries with {@code CHROMIUM_BIN} / {@code CHROMEDRIVER_BIN}), and the sign-in every journey starts
 * with.
 */
public final class HeadlessChromium {

    private HeadlessChromium() {
    }

    public static WebDriver start() {
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--window-size=1400,1000",
                    "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
            // The console's messages are kept, so that journeys can check no Content-Security-Policy refused anything.
            options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(
                    Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")).toFile())
                    .build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** On the sign-in page the browser was sent to: fills in the form and submits it. */
    public static void signIn(WebDriver driver, WebDriverWait wait, String email, String password) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
        type(wait, "input[name='username']", email);
        type(wait, "input[name='password']", password);
        submit(driver);
    }

    public static void type(WebDriverWait wait, String css, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        input.clear();
        input.sendKeys(text);
    }

    public static void submit(WebDriver driver) {
        WebElement button = driver.findElement(
                By.cssSelector("#login-form vaadin-button[slot='submit'], #login-form vaadin-button"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", button);
    }
}
