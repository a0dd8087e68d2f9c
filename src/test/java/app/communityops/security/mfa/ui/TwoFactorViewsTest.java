package app.communityops.security.mfa.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.security.AccountSummary;
import app.communityops.security.mfa.Base32;
import app.communityops.security.mfa.Enrolment;
import app.communityops.security.mfa.SecondFactorPolicy;
import app.communityops.security.mfa.SecondFactorService;
import app.communityops.security.mfa.Totp;
import app.communityops.security.ui.MyAccountView;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.SignInFactors;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The screens of two-factor sign-in, driven through Karibu with the real services: the code step and the
 * enrolment step of a half-finished sign-in, the card under My account, and the people screen's reset and policy.
 */
class TwoFactorViewsTest extends KaribuTest {

    @Autowired
    private SecondFactorService secondFactors;

    private TestTenants.Fixture fixture;

    @BeforeEach
    void tenant() {
        fixture = tenants.create();
    }

    @Test
    void aSignInWaitingForItsCodeReachesOnlyTheCodeStep() {
        enrol(fixture.operator());
        loginPasswordStepOnly(fixture.operator());

        UI.getCurrent().navigate("communities");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CodeStepView.class);
        UI.getCurrent().navigate("account");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CodeStepView.class);
        assertThat(_get(TextField.class, spec -> spec.withId("mfa-code")).getLabel()).isEqualTo("Code");
        assertThat(_find(Paragraph.class, spec -> spec.withId("mfa-notice"))).as("no problem shown yet").isEmpty();

        UI.getCurrent().navigate("login/code", com.vaadin.flow.router.QueryParameters.of("error", ""));
        Paragraph notice = _get(Paragraph.class, spec -> spec.withId("mfa-notice"));
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).contains("not right");

        _click(_get(Button.class, spec -> spec.withId("mfa-verify")));
        assertThat(_get(TextField.class, spec -> spec.withId("mfa-code")).isInvalid()).isTrue();
    }

    @Test
    void withoutAPendingSignInTheStepsSendToSignIn() {
        UI.getCurrent().navigate("login/code");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(CodeStepView.class);
        UI.getCurrent().navigate("login/enrol");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(EnrolStepView.class);
    }

    @Test
    void whereRequiredTheSignInGoesThroughEnrolmentFirst() {
        SignedIn.run(fixture.admin(), () -> secondFactors.changePolicy(new SecondFactorPolicy(true, false)));
        loginPasswordStepOnly(fixture.operator());

        UI.getCurrent().navigate("communities");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(EnrolStepView.class);
        EnrolmentPanel panel = _get(EnrolmentPanel.class);
        assertThat(_get(Span.class, spec -> spec.withId("mfa-secret")).getText().replace(" ", ""))
                .isEqualTo(panel.secret());

        String right = code(panel.secret(), 0);
        _get(TextField.class, spec -> spec.withId("mfa-enrol-code")).setValue("000000".equals(right) ? "111111"
                : "000000");
        _click(_get(Button.class, spec -> spec.withId("mfa-enrol-confirm")));
        assertThat(_get(TextField.class, spec -> spec.withId("mfa-enrol-code")).isInvalid()).isTrue();

        _get(TextField.class, spec -> spec.withId("mfa-enrol-code")).setValue(right);
        _click(_get(Button.class, spec -> spec.withId("mfa-enrol-confirm")));

        assertThat(_get(UnorderedList.class).getChildren().count()).isEqualTo(10);
        assertThat(SignInFactors.has(SecurityContextHolder.getContext().getAuthentication(), SignInFactors.TOTP))
                .isTrue();
        _click(_get(Button.class, spec -> spec.withId("mfa-continue")));
        UI.getCurrent().navigate("account");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MyAccountView.class);
    }

    @Test
    void myAccountSetsUpAnAppAndShowsTheRecoveryCodesOnce() {
        login(fixture.clientUser());
        UI.getCurrent().navigate("account");
        assertThat(_get(Span.class, spec -> spec.withId("mfa-status")).getText()).isEqualTo("Off");

        _click(_get(Button.class, spec -> spec.withId("mfa-set-up")));
        EnrolmentPanel panel = _get(EnrolmentPanel.class);
        _get(TextField.class, spec -> spec.withId("mfa-enrol-code")).setValue(code(panel.secret(), 0));
        _click(_get(Button.class, spec -> spec.withId("mfa-enrol-confirm")));

        assertThat(_get(UnorderedList.class).getChildren().count()).isEqualTo(10);
        _click(_get(Button.class, spec -> spec.withId("mfa-codes-done")));
        assertThat(_get(Span.class, spec -> spec.withId("mfa-status")).getText()).isEqualTo("On");
        assertThat(_get(Paragraph.class, spec -> spec.withId("mfa-recovery-left")).getText()).endsWith("10");
    }

    @Test
    void aTenantAdminResetsAPersonsSecondFactorAfterConfirmingAndSetsThePolicy() {
        enrol(fixture.operator());
        login(fixture.admin());
        UI.getCurrent().navigate("people");
        @SuppressWarnings("unchecked")
        Grid<AccountSummary> grid = _get(Grid.class, spec -> spec.withId("people-grid"));
        AccountSummary operator = GridKt._findAll(grid).stream()
                .filter(account -> account.email().equals(fixture.operator().email())).findFirst().orElseThrow();
        assertThat(GridKt._getFormattedRow(grid, operator)).anyMatch(cell -> cell.contains("text='On'"));

        grid.select(operator);
        _click(_get(Button.class, spec -> spec.withId("reset-user-mfa")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));

        assertThat(SignedIn.as(fixture.admin(), () -> secondFactors.enrolledPeople())).isEmpty();
        assertThat(GridKt._getFormattedRow(grid, operator)).anyMatch(cell -> cell.contains("text='Off'"));

        _click(_get(Button.class, spec -> spec.withId("mfa-policy")));
        _get(Checkbox.class, spec -> spec.withId("mfa-policy-clients")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("mfa-policy-save")));
        assertThat(SignedIn.as(fixture.admin(), () -> secondFactors.policy()))
                .isEqualTo(new SecondFactorPolicy(false, true));
    }

    private void enrol(AppPrincipal user) {
        SignedIn.run(user, () -> {
            Enrolment enrolment = secondFactors.start();
            secondFactors.confirm(enrolment.secret(), code(enrolment.secret(), 0));
        });
    }

    private static String code(String secret, int stepsAhead) {
        return Totp.code(Base32.decode(secret), Totp.step(Instant.now()) + stepsAhead);
    }
}
