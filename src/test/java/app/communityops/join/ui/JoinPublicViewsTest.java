package app.communityops.join.ui;

import static app.communityops.testing.SignedIn.as;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.join.JoinApplicationService;
import app.communityops.join.JoinApplicationSummary;
import app.communityops.join.JoinPageDetails;
import app.communityops.join.JoinPageForm;
import app.communityops.join.JoinPageService;
import app.communityops.join.JoinPublicService;
import app.communityops.join.JoinTestData;
import app.communityops.screening.ConditionLine;
import app.communityops.screening.ScreeningService;
import app.communityops.testing.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The applicant's two public pages, no one signed in: the policy's steps in order, operators' texts shown as typed,
 * each bad field named, a paused page "not open", and the status link waiting, not approved, or approved with the
 * group's code.
 */
class JoinPublicViewsTest extends KaribuTest {

    @Autowired
    JoinTestData data;
    @Autowired
    JoinPageService pages;
    @Autowired
    JoinPublicService join;
    @Autowired
    JoinApplicationService applications;
    @Autowired
    ScreeningService screening;

    JoinTestData.Ready ready;

    @BeforeEach
    void anOpenPage() {
        ready = data.paidEntry(500);
        logout();
    }

    @Test
    void theStepsFollowThePolicyAndOperatorsTextsShowAsTyped() {
        as(ready.tenant().operator(), () -> {
            data.policy(ready.communityId(), form -> {
                form.setInvitationCode(true);
                form.setConditionReview(true);
                form.setConditions(List.of(new ConditionLine(null, "Three free trial lessons attended")));
            });
            JoinPageDetails current = pages.page(ready.communityId());
            JoinPageForm form = JoinPageForm.of(current);
            form.setValueEn("Help <script>alert(1)</script> each other");
            return pages.save(ready.communityId(), current.version(), form);
        });

        open("join/" + ready.token(), "en");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(JoinView.class);
        assertThat(_get(H1.class, spec -> spec.withId("join-community")).getText()).isNotBlank();
        assertThat(_get(Paragraph.class, spec -> spec.withId("join-value")).getText())
                .isEqualTo("Help <script>alert(1)</script> each other");
        assertThat(_find(H2.class).stream().map(H2::getText).toList()).containsSubsequence("Why join", "About you",
                "A few questions", "Invitation code", "Entry fee", "Privacy");
        assertThat(_find(TextArea.class)).hasSize(1);
        assertThat(_get(TextArea.class).getAriaLabel()).contains("Three free trial lessons attended");
    }

    @Test
    void eachBadFieldIsNamedAndAGoodApplicationLandsOnItsStatusLink() {
        open("join/" + ready.token(), "en");
        _get(TextField.class, spec -> spec.withId("join-name")).setValue("Lin Yue");
        _get(TextField.class, spec -> spec.withId("join-handle")).setValue("wx-lin-" + UUID.randomUUID());
        _get(TextField.class, spec -> spec.withId("join-phone")).setValue("12ab");
        _click(_get(Button.class, spec -> spec.withId("join-submit")));

        TextField phone = _get(TextField.class, spec -> spec.withId("join-phone"));
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).isEqualTo("Enter a phone number of digits, such as 138 0013 8000.");

        phone.setValue("138 0013 8011");
        _click(_get(Button.class, spec -> spec.withId("join-submit")));
        assertThat(phone.isInvalid()).isFalse();
        TextField reference = _get(TextField.class, spec -> spec.withId("join-reference"));
        assertThat(reference.isInvalid()).isTrue();
        assertThat(reference.getErrorMessage()).isEqualTo("Please fill this in.");

        reference.setValue("TX-8011");
        _click(_get(Button.class, spec -> spec.withId("join-submit")));
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("join-consent-error"))
                .getText()).isEqualTo("Please read and accept the privacy notice.");
        assertThat(_get(Button.class, spec -> spec.withId("join-submit")).isEnabled()).isTrue();

        _get(Checkbox.class, spec -> spec.withId("join-consent")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("join-submit")));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(JoinStatusView.class);
        assertThat(outcome()).isEqualTo("Your application is being reviewed.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("join-status-keep")).getText()).startsWith("Keep");
        assertThat(_get(Paragraph.class, spec -> spec.withId("join-status-payment")).getText())
                .startsWith("The organiser will confirm your payment");
        assertThat(_find(Image.class, spec -> spec.withId("join-status-group-qr"))).isEmpty();
    }

    @Test
    void aPausedPageAndAnUnknownLinkSayNotOpenAlike() {
        as(ready.tenant().operator(), () -> {
            JoinPageDetails current = pages.page(ready.communityId());
            JoinPageForm form = JoinPageForm.of(current);
            form.setPaused(true);
            return pages.save(ready.communityId(), current.version(), form);
        });

        open("join/" + ready.token(), "en");
        String paused = _get(Paragraph.class, spec -> spec.withText("This link is not open.")).getText();
        assertThat(_find(Button.class, spec -> spec.withId("join-submit"))).isEmpty();
        open("join/" + "A".repeat(22), "en");
        assertThat(_get(Paragraph.class, spec -> spec.withText("This link is not open.")).getText())
                .isEqualTo(paused);
        assertThat(((JoinView) UI.getCurrent().getCurrentView()).getPageTitle()).isEqualTo("Join");
    }

    @Test
    void theStatusLinkShowsWaitingNotApprovedAndApprovedWithTheGroupCode() {
        String waiting = join.apply(ready.token(), JoinTestData.applicant("Mo", "13800138021"), "10.9.0.1");
        String refused = join.apply(ready.token(), JoinTestData.applicant("Ni", "13800138022"), "10.9.0.1");

        open("join/status/" + waiting, "en");
        assertThat(outcome()).isEqualTo("Your application is being reviewed.");

        List<JoinApplicationSummary> filed = as(ready.tenant().operator(),
                () -> applications.applications(ready.communityId()));
        JoinApplicationSummary mo = filed.stream().filter(row -> row.memberName().equals("Mo")).findFirst().orElseThrow();
        as(ready.tenant().operator(), () -> applications.confirmPayment(mo.id()));
        open("join/status/" + waiting, "en");
        assertThat(outcome()).isEqualTo("You are approved. Welcome!");
        assertThat(_get(Image.class, spec -> spec.withId("join-status-group-qr")).getSrc()).isNotBlank();
        assertThat(_get(Paragraph.class, spec -> spec.withId("join-status-group")).getText()).startsWith("Group 1, ");

        JoinApplicationSummary ni = filed.stream().filter(row -> row.memberName().equals("Ni")).findFirst().orElseThrow();
        as(ready.tenant().operator(), () -> screening.reject(ni.membershipId(), "Not this time"));
        open("join/status/" + refused, "en");
        assertThat(outcome()).isEqualTo("Your application was not approved this time.");
        assertThat(_find(Image.class)).isEmpty();

        open("join/status/" + "B".repeat(22), "zh-CN");
        assertThat(_find(Paragraph.class, spec -> spec.withId("join-status-outcome"))).isEmpty();
        assertThat(_get(H1.class).getText()).isNotBlank();
    }

    private static void open(String path, String language) {
        UI.getCurrent().navigate(path, QueryParameters.of("lang", language));
    }

    private static String outcome() {
        return _get(Paragraph.class, spec -> spec.withId("join-status-outcome")).getText();
    }
}
