package app.communityops.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.testing.BrowserJourney;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.today.Task;
import app.communityops.today.TaskForm;
import app.communityops.today.TaskStatus;
import app.communityops.today.TodayService;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The operator's day in a real browser: the count beside Today in the navigation, the overdue task first and marked,
 * marking it done, the list on a phone, and the admin's service level. Keeps a screenshot of each screen under
 * target/screenshots.
 */
class TodayBrowserIT extends BrowserJourney {

    @Autowired TestTenants tenants;
    @Autowired TodayService today;

    @Test
    void theOperatorSeesTheCountAndMarksTheOverdueTaskDone() {
        TestTenants.Fixture tenant = tenants.create();
        Task overdue = SignedIn.as(tenant.admin(), () -> today.create(new TaskForm(tenant.communityId(),
                "Reply to the 2-star review", Instant.now().minus(Duration.ofHours(26)), null, null)));
        SignedIn.as(tenant.admin(), () -> today.create(new TaskForm(tenant.communityId(),
                "Collect topics for Monday's sharing", Instant.now().plus(Duration.ofDays(2)),
                tenant.operator().userId(), null)));
        WebDriverWait wait = patiently();

        signIn(wait, "/today", tenant.operator().email());
        WebElement badge = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-badge-today")));
        assertThat(badge.getText()).isEqualTo("1");
        WebElement first = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#today-items > div")));
        assertThat(first.getAttribute("id")).isEqualTo("today-item-task-" + overdue.id());
        assertThat(first.getAttribute("class")).contains("today-overdue");
        assertThat(first.getText()).contains("Reply to the 2-star review", "Overdue");
        screenshot("today-operator");

        click("today-done-" + overdue.id());
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("today-item-task-" + overdue.id())));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("nav-badge-today")));
        assertThat(SignedIn.as(tenant.operator(), () -> today.find(overdue.id())).status())
                .isEqualTo(TaskStatus.DONE);
        screenshot("today-operator-after-done");

        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            driver.get(url("/today"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#today-items > div")));
            screenshot("today-operator-390");
            assertThat(noSideways()).as("the list fits 390 px").isTrue();
        } finally {
            driver.manage().window().setSize(new Dimension(1400, 1000));
        }

        signIn(wait, "/today/service-level", tenant.admin().email());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("service-level-operators")));
        assertThat(driver.findElement(By.id("service-level-summary")).getText()).contains("0 on time of 1 settled");
        screenshot("today-service-level");
    }
}
