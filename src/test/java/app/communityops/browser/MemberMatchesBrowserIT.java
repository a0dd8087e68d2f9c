package app.communityops.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.members.MemberForm;
import app.communityops.members.MemberService;
import app.communityops.members.MemberTestData;
import app.communityops.testing.BrowserJourney;
import app.communityops.testing.HeadlessChromium;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tenant admin's review of possible duplicates in a real browser, in both languages: the suggestion an
 * operator's add produced is listed, and merging asks first. Screenshots land in target/screenshots.
 */
class MemberMatchesBrowserIT extends BrowserJourney {

    @Autowired
    private TestTenants tenants;
    @Autowired
    private MemberService members;
    @Autowired
    private MemberTestData data;
    @Autowired
    private JdbcTemplate jdbc;

    @ParameterizedTest
    @CsvSource({"en, Possible duplicates, Merge", "zh-CN, 疑似重复成员, 合并"})
    void theAdminSeesTheSuggestionAndIsAskedBeforeMerging(String language, String title, String merge) {
        TestTenants.Fixture tenant = tenants.create();
        SignedIn.as(tenant.admin(), () -> members.addToCommunity(tenant.unassignedCommunityId(),
                form("林晓 Lin Xiao", "linxiao", "13900000007", "lin@private.test")));
        SignedIn.as(tenant.operator(), () -> members.addToCommunity(tenant.communityId(),
                form("Lin X.", "linxiao", null, null)));
        data.inTenant(tenant.tenantId(), () -> jdbc.update("update user_account set locale = ? where id = ?",
                language, tenant.admin().userId()));
        WebDriverWait wait = patiently();
        driver.manage().deleteAllCookies();

        driver.get(url("/member-matches"));
        HeadlessChromium.signIn(driver, wait, tenant.admin().email(), TestTenants.PASSWORD);
        wait.until(ExpectedConditions.urlContains("/member-matches"));
        WebElement button = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#member-matches-grid vaadin-button[id^='merge-']")));
        assertThat(driver.getTitle()).contains(title);
        assertThat(button.getText()).isEqualTo(merge);
        screenshot("member-matches-" + language);

        js().executeScript("arguments[0].click()", button);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-confirm-dialog[opened]")));
        screenshot("member-matches-confirm-" + language);
    }

    private static MemberForm form(String name, String handle, String phone, String email) {
        MemberForm form = new MemberForm();
        form.setName(name);
        form.setHandle(handle);
        form.setPhone(phone);
        form.setEmail(email);
        return form;
    }
}
