package app.communityops.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.testing.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

class LoginViewTest extends KaribuTest {

    @Value("${server.servlet.session.timeout}")
    private Duration sessionTimeout;

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        assertSignInRequired("");
        assertThat(_get(LoginForm.class, spec -> spec.withId("login-form"))).isNotNull();
    }

    @Test
    void wrongPasswordShowsOnlyTheGenericError() {
        failedWith(new BadCredentialsException("x"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(_get(LoginForm.class, spec -> spec.withId("login-form")).isError()).isTrue();
        _assertNone(Paragraph.class, spec -> spec.withId("login-notice"));
    }

    @Test
    void suspendedTenantIsToldWhy() {
        failedWith(new TenantSuspendedException());
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(notice().isVisible()).isTrue();
        assertThat(notice().getText()).contains("suspended");
    }

    @Test
    void disabledAccountAndThrottlingAreToldApart() {
        failedWith(new DisabledException("x"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(notice().getText()).contains("disabled");

        failedWith(new SignInThrottledException(Duration.ofSeconds(30)));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(notice().getText()).isEqualTo("Too many sign-in attempts. Please wait 30 seconds and try again.");

        failedWith(new SignInThrottledException(Duration.ofSeconds(900)));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(notice().getText()).isEqualTo("Too many sign-in attempts. Please wait 15 minutes and try again.");
    }

    @Test
    void signInPageSpeaksChineseToAChineseBrowser() {
        UI.getCurrent().navigate("login");
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(_get(H1.class).getText()).isEqualTo("社群运营台");
    }

    @Test
    void idleSessionsEndAfterThirtyMinutesDespiteHeartbeats() {
        assertThat(sessionTimeout).isEqualTo(Duration.ofMinutes(30));
        assertThat(VaadinService.getCurrent().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }

    private static void failedWith(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
    }

    private static Paragraph notice() {
        return _get(Paragraph.class, spec -> spec.withId("login-notice"));
    }
}
