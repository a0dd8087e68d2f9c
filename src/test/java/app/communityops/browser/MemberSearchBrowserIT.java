package app.communityops.browser;

import static app.communityops.members.MembershipStatus.JOINED;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.members.MemberTestData;
import app.communityops.members.MemberTestData.Spec;
import app.communityops.testing.BrowserJourney;
import app.communityops.testing.HeadlessChromium;
import app.communityops.testing.TestTenants;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An operator looks a member up by name in a real browser: the grid's search (narrowed through the trigram index,
 * decision 0027) shows the one member of the operator's community, not another tenant's member of the same name.
 * The screenshot lands in target/screenshots.
 */
class MemberSearchBrowserIT extends BrowserJourney {

    @Autowired
    private TestTenants tenants;
    @Autowired
    private MemberTestData data;

    @Test
    void anOperatorFindsTheirMemberByNameAndNoOneElse() {
        TestTenants.Fixture tenant = tenants.create();
        TestTenants.Fixture other = tenants.create();
        data.addMany(tenant.tenantId(), tenant.communityId(), 200, 5);
        data.add(tenant.tenantId(), tenant.communityId(), List.of(Spec.of("Qiao Rarename", "qiao_ours", JOINED)));
        data.add(other.tenantId(), other.communityId(), List.of(Spec.of("Qiao Rarename", "qiao_theirs", JOINED),
                Spec.of("Qiao Rarename Junior", "qiao_theirs_2", JOINED)));
        WebDriverWait wait = patiently();
        driver.manage().deleteAllCookies();

        driver.get(url("/communities/" + tenant.communityId() + "/members"));
        HeadlessChromium.signIn(driver, wait, tenant.operator().email(), TestTenants.PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("members-matches"), "201"));
        HeadlessChromium.type(wait, "#members-search input", "Rarename");

        wait.until(ExpectedConditions.textToBe(By.id("members-matches"), "1 match the filters"));
        wait.until(driver -> js().executeScript("return document.getElementById('members-grid').size")
                instanceof Number size && size.intValue() == 1);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("members-grid"), "Qiao Rarename"));
        assertThat(driver.findElement(By.id("members-grid")).getText()).doesNotContain("Junior")
                .doesNotContain("qiao_theirs");
        screenshot("member-search");
    }
}
