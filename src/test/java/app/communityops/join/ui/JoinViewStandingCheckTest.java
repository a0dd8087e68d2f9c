package app.communityops.join.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.join.JoinNavigation;
import app.communityops.join.JoinTestData;
import app.communityops.join.StandingData;
import app.communityops.testing.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The join page's check step, as an anonymous visitor uses it: type an email address, send the code, type the code
 * from the mail, press Check, read "passed" or "not yet" and nothing of the record behind it; the proven address is
 * filled into the form, and the application it sends gets the record's standing.
 */
class JoinViewStandingCheckTest extends KaribuTest {

    @Autowired
    StandingData data;
    @Test
    void theCheckAnswersOnlyPassedOrNotYetForAnAddressItsHolderProved() {
        StandingData.Standing standing = data.tierOnly();
        JoinTestData.Ready ready = standing.ready();
        data.person(ready.tenant(), ready.tenant().unassignedCommunityId(), "Gold Hidden", "13900007001",
                "hidden@example.test", standing.gold(), "8888");
        data.person(ready.tenant(), ready.communityId(), "Silver Hidden", "13900007002", "silver@example.test",
                standing.silver(), "7777");
        UI.getCurrent().navigate(JoinNavigation.publicPath(ready.token()));
        _assertNone(Paragraph.class, spec -> spec.withId("join-check-answer"));
        _assertNone(TextField.class, spec -> spec.withId("join-check-code"));

        assertThat(check(ready, "silver@example.test")).isEqualTo("Not yet. Your email silver@example.test is "
                + "confirmed and filled in below. You can still apply: the organiser looks at every application.");
        assertThat(check(ready, "hidden@example.test")).isEqualTo("Passed: you meet this step. Your email "
                + "hidden@example.test is confirmed and filled in below.");
        assertThat(_get(EmailField.class, spec -> spec.withId("join-email")).getValue())
                .isEqualTo("hidden@example.test");
        String page = UI.getCurrent().getElement().getTextRecursively();
        assertThat(page).doesNotContain("Hidden", "8888", "7777", "Silver");

        _get(TextField.class, spec -> spec.withId("join-name")).setValue("Gold Applicant");
        _get(TextField.class, spec -> spec.withId("join-handle")).setValue("wx-gold-applicant");
        _get(Checkbox.class, spec -> spec.withId("join-consent")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("join-submit")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("join-status-outcome")).getText())
                .isEqualTo("You are approved. Welcome!");
    }

    @Test
    void aWrongCodeIsNamedAtTheCodeAndAFourthCodeFromOneAddressIsHeldBack() {
        StandingData.Standing standing = data.tierOnly();
        JoinTestData.Ready ready = standing.ready();
        UI.getCurrent().navigate(JoinNavigation.publicPath(ready.token()));
        send("first@example.test");
        assertThat(_get(Paragraph.class, spec -> spec.withId("join-check-sent")).getText())
                .isEqualTo("If first@example.test can receive mail, a code is on its way. It is valid for 15 "
                        + "minutes.");
        TextField code = _get(TextField.class, spec -> spec.withId("join-check-code"));
        code.setValue("12345");
        _click(_get(Button.class, spec -> spec.withId("join-check")));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("This code is not right or no longer valid. Check the mail, or "
                + "send a new code.");

        send("second@example.test");
        send("third@example.test");
        send("fourth@example.test");
        EmailField contact = _get(EmailField.class, spec -> spec.withId("join-check-contact"));
        assertThat(contact.isInvalid()).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("join-check-answer")).getText())
                .startsWith("Too many applications from here just now.");
    }

    @Test
    void aPageThatAsksForNoStandingHasNoCheck() {
        JoinTestData.Ready ready = data.page();
        UI.getCurrent().navigate(JoinNavigation.publicPath(ready.token()));
        assertThat(_get(Button.class, spec -> spec.withId("join-submit")).isVisible()).isTrue();
        _assertNone(Button.class, spec -> spec.withId("join-check-send"));
    }

    private static void send(String email) {
        _get(EmailField.class, spec -> spec.withId("join-check-contact")).setValue(email);
        _click(_get(Button.class, spec -> spec.withId("join-check-send")));
    }

    private String check(JoinTestData.Ready ready, String email) {
        send(email);
        _get(TextField.class, spec -> spec.withId("join-check-code")).setValue(data.mailedCode(ready.tenant(), email));
        _click(_get(Button.class, spec -> spec.withId("join-check")));
        Paragraph answer = _get(Paragraph.class, spec -> spec.withId("join-check-answer"));
        assertThat(answer.isVisible()).isTrue();
        return answer.getText();
    }
}
