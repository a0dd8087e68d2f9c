package app.communityops.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.join.JoinNavigation;
import app.communityops.join.JoinTestData;
import app.communityops.join.StandingData;
import app.communityops.screening.ScreeningNavigation;
import app.communityops.testing.BrowserJourney;
import app.communityops.testing.SignedIn;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The way in, end to end in a real browser: a stranger on a phone applies through a channel link and pays by
 * transfer, the operator confirms the payment on the join screen, and the status link then shows the group's QR
 * code, loaded; a member proves their email in Chinese and is approved at once; an application waits for a reviewer
 * who approves it in the review queue. Keeps a screenshot of each screen under target/screenshots.
 */
class JoinBrowserIT extends BrowserJourney {

    @Autowired JoinTestData data;
    @Autowired StandingData standingData;

    @Test
    void applyOnAPhoneTheOperatorConfirmsTheFeeAndTheStatusLinkShowsTheGroupCode() {
        JoinTestData.Ready ready = data.paidEntry(500);
        WebDriverWait wait = patiently();

        String statusUrl = onAPhone(() -> {
            driver.get(url("/" + JoinNavigation.publicPath(ready.token()) + "?lang=en"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("join-submit")));
            screenshot("join-page-390-en");
            assertThat(noSideways()).as("the join page fits 390 px").isTrue();
            assertThat(driver.findElement(By.id("join-value")).getText()).contains("<b>land</b>");

            type("join-name", "Lin Yue");
            type("join-handle", "wx-lin-yue-" + System.nanoTime());
            type("join-phone", "138 0013 8031");
            type("join-reference", "TX-8031");
            consent(wait);
            click("join-submit");

            wait.until(ExpectedConditions.urlContains("/join/status/"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("join-status-outcome"),
                    "being reviewed"));
            assertThat(driver.findElement(By.id("join-status-payment")).getText()).contains("confirm your payment");
            screenshot("join-status-390-waiting");
            assertThat(noSideways()).as("the status page fits 390 px").isTrue();
            assertThat(driver.findElement(By.id("join-status-keep")).getText()).contains("status link");
            // the address to keep is the link without the "just filed" mark
            wait.until(browser -> !browser.getCurrentUrl().contains("new="));
            return driver.getCurrentUrl();
        });

        signIn(wait, "/" + JoinNavigation.settingsPath(ready.communityId()), ready.tenant().operator().email());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("join-tabs")));
        click(wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-tab[contains(., 'Applications')]"))));
        By confirm = By.cssSelector("vaadin-button[id^='join-confirm-']");
        click(wait.until(ExpectedConditions.presenceOfElementLocated(confirm)));
        click(wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#join-confirm-dialog vaadin-button[slot='confirm-button']"))));
        wait.until(ExpectedConditions.numberOfElementsToBe(confirm, 0));
        screenshot("join-applications-confirmed");

        onAPhone(() -> {
            driver.get(statusUrl);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("join-status-outcome"),
                    "approved"));
            assertThat(driver.findElements(By.id("join-status-keep"))).as("the keep note shows once").isEmpty();
            waitForGroupCode(wait);
            assertThat(driver.findElement(By.id("join-status-group")).getText()).startsWith("Group 1");
            screenshot("join-status-390-approved");
            assertThat(noSideways()).as("the approved status fits 390 px").isTrue();

            // The image download is answered under the same protective headers as the page.
            @SuppressWarnings("unchecked")
            List<Object> headers = (List<Object>) js().executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + " fetch(document.getElementById('join-status-group-qr').src).then(r => done([r.status,"
                            + " r.headers.get('x-content-type-options'), r.headers.get('content-security-policy'),"
                            + " r.headers.get('referrer-policy')]))");
            assertThat(headers.get(0)).isEqualTo(200L);
            assertThat(headers.get(1)).isEqualTo("nosniff");
            assertThat((String) headers.get(2)).contains("frame-ancestors 'none'");
            assertThat(headers.get(3)).isEqualTo("strict-origin-when-cross-origin");
        });
    }

    /**
     * In Chinese, on a phone: a member of the tenant's records proves the email address they are known by with the
     * mailed code, the check says they pass, the address lands in the form, and the application is approved at once
     * with the group's QR code.
     */
    @Test
    void inChineseAMemberProvesTheirEmailPassesTheCheckAndIsApprovedAtOnce() {
        StandingData.Standing standing = standingData.tierOnly();
        JoinTestData.Ready ready = standing.ready();
        standingData.person(ready.tenant(), ready.tenant().unassignedCommunityId(), "Gold Lin", null,
                "lin.gold@example.test", standing.gold(), "0");
        WebDriverWait wait = patiently();

        onAPhone(() -> {
            driver.get(url("/" + JoinNavigation.publicPath(ready.token()) + "?lang=zh-CN"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("join-check-send")));
            assertThat(driver.findElement(By.id("join-submit")).getText()).isEqualTo("提交申请");
            type("join-check-contact", "lin.gold@example.test");
            click("join-check-send");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#join-check-code input")))
                    .sendKeys(standingData.mailedCode(ready.tenant(), "lin.gold@example.test"), Keys.TAB);
            assertThat(driver.findElement(By.id("join-check-sent")).getText()).contains("15 分钟内有效");
            screenshot("join-page-390-zh-code");
            click("join-check");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("join-check-answer"), "已通过"));
            assertThat(js().executeScript("return document.getElementById('join-email').value"))
                    .isEqualTo("lin.gold@example.test");
            screenshot("join-page-390-zh-passed");
            assertThat(noSideways()).as("the join page fits 390 px in Chinese").isTrue();

            type("join-name", "林悦");
            type("join-handle", "wx-lin-" + System.nanoTime());
            consent(wait);
            click("join-submit");

            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("join-status-outcome"),
                    "申请已通过"));
            waitForGroupCode(wait);
            screenshot("join-status-390-zh-approved");
            assertThat(noSideways()).as("the approved status fits 390 px in Chinese").isTrue();
        });
    }

    /**
     * A policy that a reviewer decides: the application waits, the operator approves it in the review queue, and
     * the applicant's status link then shows the group's QR code.
     */
    @Test
    void anApplicationWaitingForAReviewerIsApprovedInTheReviewQueue() {
        JoinTestData.Ready ready = data.paidEntry(500);
        SignedIn.run(ready.tenant().operator(), () -> {
            data.policy(ready.communityId(), form -> {
                form.setPaidEntry(false);
                form.setConditionReview(true);
                form.setCriteria("Tells us what they want to learn");
            });
        });
        WebDriverWait wait = patiently();

        String statusUrl = onAPhone(() -> {
            driver.get(url("/" + JoinNavigation.publicPath(ready.token()) + "?lang=en"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("join-submit")));
            type("join-name", "He Ming");
            type("join-handle", "wx-he-ming-" + System.nanoTime());
            type("join-email", "he.ming@example.test");
            consent(wait);
            click("join-submit");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("join-status-outcome"),
                    "being reviewed"));
            wait.until(browser -> !browser.getCurrentUrl().contains("new="));
            return driver.getCurrentUrl();
        });

        signIn(wait, "/" + ScreeningNavigation.reviewPath(ready.communityId()), ready.tenant().operator().email());
        click(wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-button[contains(., 'Review')]"))));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-dialog"), "He Ming"));
        click("review-approve");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.id("review-dialog"), 0));
        screenshot("join-review-approved");

        onAPhone(() -> {
            driver.get(statusUrl);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("join-status-outcome"),
                    "approved"));
            waitForGroupCode(wait);
        });
    }

    private void onAPhone(Runnable steps) {
        onAPhone(() -> {
            steps.run();
            return "";
        });
    }

    /** A stranger's steps on a 390 px phone with no session; the window is the desktop's again afterwards. */
    private <T> T onAPhone(Supplier<T> steps) {
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            return steps.get();
        } finally {
            driver.manage().window().setSize(new Dimension(1400, 1000));
        }
    }

    private void consent(WebDriverWait wait) {
        click("join-consent");
        wait.until(driver -> Boolean.TRUE.equals(js().executeScript(
                "return document.getElementById('join-consent').checked")));
    }

    private void waitForGroupCode(WebDriverWait wait) {
        wait.until(driver -> Boolean.TRUE.equals(js().executeScript(
                "const qr = document.getElementById('join-status-group-qr');"
                        + " return qr !== null && qr.complete && qr.naturalWidth > 0")));
    }

    /** Types into a Vaadin field and leaves it, so its value reaches the server. */
    private void type(String id, String text) {
        patiently().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " input")))
                .sendKeys(text, Keys.TAB);
    }
}
