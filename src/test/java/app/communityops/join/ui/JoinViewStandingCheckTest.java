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
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The join page's check step, as an anonymous visitor uses it: type a phone number or email, press Check, read
 * "passed" or "not yet" and nothing of the record behind it.
 */
class JoinViewStandingCheckTest extends KaribuTest {

    private static final String PASSED = "Passed: you meet this step. Apply below with the same phone number or email.";
    private static final String NOT_YET = "Not yet. You can still apply below: the organiser looks at every "
            + "application.";

    @Autowired
    StandingData data;

    @Test
    void theCheckAnswersOnlyPassedOrNotYet() {
        StandingData.Standing standing = data.tierOnly();
        JoinTestData.Ready ready = standing.ready();
        data.person(ready.tenant(), ready.tenant().unassignedCommunityId(), "Gold Hidden", "13900007001",
                "hidden@example.test", standing.gold(), "8888");
        data.person(ready.tenant(), ready.communityId(), "Silver Hidden", "13900007002", null, standing.silver(),
                "7777");
        UI.getCurrent().navigate(JoinNavigation.publicPath(ready.token()));
        _assertNone(Paragraph.class, spec -> spec.withId("join-check-answer"));

        assertThat(check("139 0000 7001")).isEqualTo(PASSED);
        String below = check("13900007002");
        String stranger = check("13900007999");

        assertThat(below).isEqualTo(NOT_YET).isEqualTo(stranger);
        String page = UI.getCurrent().getElement().getTextRecursively();
        assertThat(page).doesNotContain("Hidden", "8888", "7777", "Silver");
        // The fourth check from one address in a short while is held back, in the page's own words.
        assertThat(check("hidden@example.test")).startsWith("Too many applications from here just now.");
    }

    @Test
    void aPageThatAsksForNoStandingHasNoCheck() {
        JoinTestData.Ready ready = data.page();
        UI.getCurrent().navigate(JoinNavigation.publicPath(ready.token()));
        assertThat(_get(Button.class, spec -> spec.withId("join-submit")).isVisible()).isTrue();
        _assertNone(Button.class, spec -> spec.withId("join-check"));
    }

    private static String check(String phoneOrEmail) {
        _get(TextField.class, spec -> spec.withId("join-check-contact")).setValue(phoneOrEmail);
        _click(_get(Button.class, spec -> spec.withId("join-check")));
        Paragraph answer = _get(Paragraph.class, spec -> spec.withId("join-check-answer"));
        assertThat(answer.isVisible()).isTrue();
        return answer.getText();
    }
}
