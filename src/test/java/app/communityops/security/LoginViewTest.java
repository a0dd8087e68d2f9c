package app.communityops.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.security.ui.LoginView;
import app.communityops.testing.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;

class LoginViewTest extends KaribuTest {

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(_get(LoginForm.class, spec -> spec.withId("login-form"))).isNotNull();
    }
}
