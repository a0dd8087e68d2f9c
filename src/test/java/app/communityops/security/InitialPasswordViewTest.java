package app.communityops.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.platform.ui.TenantsView;
import app.communityops.security.ui.InitialPasswordView;
import app.communityops.security.ui.MyAccountView;
import app.communityops.shared.AppPrincipal;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.TestTenants;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A platform admin signed in with the one-time password from configuration can do nothing but set their own: every
 * route leads to the page that sets it; once set, the console opens as usual (ADR 0026).
 */
class InitialPasswordViewTest extends KaribuTest {

    private static final String OWN_PASSWORD = "my-own-platform-passphrase";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    InitialPassword initialPassword;

    @Test
    void everyRouteLeadsToSettingAPasswordUntilOneIsSet() {
        AppPrincipal admin = tenants.platformAdmin();
        jdbc.update("update platform_admin set must_change_password = true where id = ?", admin.userId());
        login(admin);

        for (String route : new String[] {"", "platform/tenants", "account"}) {
            UI.getCurrent().navigate(route);
            assertThat(UI.getCurrent().getCurrentView()).as(route).isInstanceOf(InitialPasswordView.class);
        }

        set(TestTenants.PASSWORD, TestTenants.PASSWORD);
        assertThat(_get(PasswordField.class, spec -> spec.withId("new-password")).getErrorMessage())
                .isEqualTo("Choose a password other than the one-time password.");
        set("not-the-one-time-password", OWN_PASSWORD);
        assertThat(_get(PasswordField.class, spec -> spec.withId("current-password")).getErrorMessage())
                .isEqualTo("The current password is not correct.");
        UI.getCurrent().navigate("platform/tenants");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(InitialPasswordView.class);

        set(TestTenants.PASSWORD, OWN_PASSWORD);

        assertThat(Boolean.TRUE.equals(jdbc.queryForObject(
                "select must_change_password from platform_admin where id = ?", Boolean.class, admin.userId())))
                .isFalse();
        UI.getCurrent().navigate("platform/tenants");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(TenantsView.class);
        UI.getCurrent().navigate("account");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MyAccountView.class);
    }

    @Test
    void otherUsersAndAdminsWithTheirOwnPasswordAreNotStopped() {
        login(tenants.platformAdmin());
        UI.getCurrent().navigate("platform/tenants");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(TenantsView.class);
        assertThat(initialPassword.mustBeChanged()).isFalse();

        login(tenants.create().operator());
        UI.getCurrent().navigate("account");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MyAccountView.class);
    }

    private static void set(String oneTime, String own) {
        _get(PasswordField.class, spec -> spec.withId("current-password")).setValue(oneTime);
        _get(PasswordField.class, spec -> spec.withId("new-password")).setValue(own);
        _get(PasswordField.class, spec -> spec.withId("repeat-password")).setValue(own);
        _click(_get(Button.class, spec -> spec.withId("set-password")));
    }
}
