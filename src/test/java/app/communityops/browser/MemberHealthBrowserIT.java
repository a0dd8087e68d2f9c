package app.communityops.browser;

import static app.communityops.members.HealthFactorKind.ATTENDED;
import static app.communityops.members.HealthFactorKind.SILENT_DAYS;
import static app.communityops.members.HealthSegment.AT_RISK;
import static app.communityops.members.HealthSegment.CHAMPION;
import static app.communityops.members.HealthSegment.STEADY;
import static app.communityops.members.MemberHealthTestData.factor;
import static app.communityops.members.MembershipStatus.JOINED;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.members.MemberHealthTestData;
import app.communityops.members.MemberHealthTestData.Score;
import app.communityops.members.MemberTestData;
import app.communityops.members.MemberTestData.Spec;
import app.communityops.tenancy.TenantZone;
import app.communityops.testing.BrowserJourney;
import app.communityops.testing.TestTenants;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who is slipping away, in a real browser: the operator finds the at-risk member on the community's dashboard with
 * the reasons, follows the link to act and lands on the member's panel with the score and its factors; the client
 * sees the same dashboard on a phone, without the link. Keeps a screenshot of each screen under target/screenshots.
 */
class MemberHealthBrowserIT extends BrowserJourney {

    @Autowired TestTenants tenants;
    @Autowired MemberTestData members;
    @Autowired MemberHealthTestData health;
    @Autowired TenantZone zones;

    @Test
    void theOperatorActsOnAnAtRiskMemberAndTheClientSeesTheDashboardOnAPhone() {
        TestTenants.Fixture tenant = tenants.create();
        YearMonth month = YearMonth.now(zones.of(tenant.tenantId()));
        List<UUID> ids = members.add(tenant.tenantId(), tenant.communityId(),
                List.of(Spec.of("Alice Wang", "alice", JOINED), Spec.of("Bob Li", "bob", JOINED)));
        health.score(tenant.tenantId(), ids.get(0), month, Score.of(88, CHAMPION).monthStart(CHAMPION));
        UUID bob = ids.get(1);
        health.score(tenant.tenantId(), bob, month, Score.of(31, AT_RISK).monthStart(STEADY)
                .factors(factor(SILENT_DAYS, 18, null, -9), factor(ATTENDED, 0, 4, 0)).trend(70, 62, 48, 31));
        String dashboard = "/communities/" + tenant.communityId() + "/dashboard";
        WebDriverWait wait = patiently();

        signIn(wait, dashboard, tenant.operator().email());
        WebElement item = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.id("dashboard-at-risk-" + bob)));
        assertThat(item.getText()).contains("Bob Li", "silent 18 days", "attended 0 of the last 4 activities");
        assertThat(driver.findElement(By.id("dashboard-at-risk-count")).getText())
                .isEqualTo("1 member at risk or slipping");
        assertThat(driver.findElement(By.id("dashboard-health-flow-chart")).getAttribute("innerHTML"))
                .contains("health-flow-month");
        js().executeScript("arguments[0].scrollIntoView()", item);
        screenshot("health-dashboard-operator");

        WebElement open = driver.findElement(By.id("dashboard-at-risk-open-" + bob));
        js().executeScript("arguments[0].click()", open);
        WebElement score = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("member-panel-health-score")));
        assertThat(score.getText()).contains("31");
        assertThat(driver.findElement(By.id("member-panel-health-segment")).getText()).isEqualTo("At risk");
        assertThat(driver.findElement(By.id("member-panel-health-factors")).getText()).contains("silent 18 days");
        screenshot("health-member-panel");

        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            signIn(wait, dashboard, tenant.clientUser().email());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-at-risk-" + bob)));
            assertThat(driver.findElements(By.id("dashboard-at-risk-open-" + bob))).as("clients only read").isEmpty();
            assertThat(noSideways()).as("the dashboard fits 390 px").isTrue();
            js().executeScript("arguments[0].scrollIntoView()", driver.findElement(By.id("dashboard-at-risk")));
            screenshot("health-dashboard-client-390");
        } finally {
            driver.manage().window().setSize(new Dimension(1400, 1000));
        }
    }
}
