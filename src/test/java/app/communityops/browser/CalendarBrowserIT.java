package app.communityops.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.calendar.CalendarEntry;
import app.communityops.calendar.CalendarFeedService;
import app.communityops.calendar.FeedAddress;
import app.communityops.calendar.TestCalendarSource;
import app.communityops.testing.BrowserJourney;
import app.communityops.testing.HeadlessChromium;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The calendar in a real browser: FullCalendar loads from its WebJar, an entry is dragged to the next day and the
 * move reaches the source; the feed address answers calendar apps without a login.
 */
class CalendarBrowserIT extends BrowserJourney {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    @Autowired
    private TestTenants tenants;
    @Autowired
    private TestCalendarSource source;
    @Autowired
    private CalendarFeedService feeds;

    @Test
    void staffDragAnEntryToTheNextDayAndItIsSaved() {
        TestTenants.Fixture tenant = tenants.create();
        LocalDate day = LocalDate.now(SHANGHAI);
        Instant start = day.atTime(10, 0).atZone(SHANGHAI).toInstant();
        CalendarEntry entry = source.add(tenant.tenantId(), tenant.communityId(), "Drag me", start,
                Duration.ofHours(1), "activity.regular", "planned", true);
        WebDriverWait wait = patiently();

        driver.get(url("/communities/") + tenant.communityId() + "/calendar");
        HeadlessChromium.signIn(driver, wait, tenant.operator().email(), TestTenants.PASSWORD);

        By event = By.xpath("//*[contains(@class,'fc-event') and contains(., 'Drag me')]");
        wait.until(ExpectedConditions.visibilityOfElementLocated(event));
        // The events are in once the server's answer to the first range arrived and the veil is gone.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#calendar:not([loading]) .fc-event")));
        WebElement dragged = wait.until(ExpectedConditions.elementToBeClickable(event));
        LocalDate target = day.plusDays(1);
        WebElement cell = driver.findElement(By.cssSelector("td.fc-daygrid-day[data-date='" + target + "'] .fc-daygrid-day-frame"));
        // FullCalendar starts a drag only after the pointer moved a few pixels while held, so move in steps.
        new Actions(driver).clickAndHold(dragged).moveByOffset(3, 3).pause(Duration.ofMillis(150))
                .moveByOffset(6, 6).pause(Duration.ofMillis(150)).moveToElement(cell).pause(Duration.ofMillis(250))
                .moveToElement(cell, 2, 2).pause(Duration.ofMillis(150)).release().perform();

        Instant expected = target.atTime(10, 0).atZone(SHANGHAI).toInstant();
        wait.until(driver -> source.get(entry.id()).start().equals(expected));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("calendar-undo")));
        assertThat(source.get(entry.id()).version()).isEqualTo(1);
    }

    @Test
    void theFeedAnswersCalendarAppsWithoutALogin() throws Exception {
        TestTenants.Fixture tenant = tenants.create();
        source.add(tenant.tenantId(), tenant.communityId(), "In the feed", Instant.now().plus(Duration.ofDays(2)),
                null, "content.value", "scheduled", true);
        String token = SignedIn.as(tenant.admin(), () -> feeds.regenerate(tenant.communityId()));

        HttpResponse<String> found = get("/" + FeedAddress.path(token));
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(found.headers().firstValue("Set-Cookie")).isEmpty();
        // Long lines are folded (RFC 5545 3.1); unfold before reading them.
        assertThat(found.body().replace("\r\n ", "")).contains("BEGIN:VCALENDAR", "SUMMARY:In the feed",
                "URL:" + url("/communities/") + tenant.communityId());

        String replaced = SignedIn.as(tenant.admin(), () -> feeds.regenerate(tenant.communityId()));
        assertThat(get("/" + FeedAddress.path(token)).statusCode()).isEqualTo(404);
        assertThat(get("/" + FeedAddress.path(replaced)).statusCode()).isEqualTo(200);
        assertThat(get("/ical/" + "x".repeat(43) + ".ics").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

}
