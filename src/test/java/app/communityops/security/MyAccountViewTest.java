package app.communityops.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.security.ui.MyAccountView;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.TestTenants;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

class MyAccountViewTest extends KaribuTest {

    private static final String NEW_PASSWORD = "a-brand-new-passphrase";

    @Autowired
    private AuthenticationManager authenticationManager;

    @Autowired
    private SignInLookup signInLookup;

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        assertSignInRequired("account");
    }

    @Test
    void tenantUsersSeeTheirOwnAccountAndOrganisation() {
        TestTenants.Fixture fixture = tenants.create();
        open(fixture.clientUser());

        assertThat(text("myaccount-name")).isEqualTo(fixture.clientUser().displayName());
        assertThat(text("myaccount-email")).isEqualTo(fixture.clientUser().email());
        assertThat(text("myaccount-role")).isEqualTo("Client user");
        assertThat(text("myaccount-tenant")).isEqualTo(fixture.name());
    }

    @Test
    void platformAdminsBelongToThePlatform() {
        open(tenants.platformAdmin());

        assertThat(text("myaccount-role")).isEqualTo("Platform admin");
        assertThat(text("myaccount-tenant")).isEqualTo("Platform administration");
    }

    @Test
    void wrongCurrentPasswordIsShownOnThatField() {
        open(tenants.create().operator());

        changePassword("not-my-password", NEW_PASSWORD, NEW_PASSWORD);

        PasswordField current = _get(PasswordField.class, spec -> spec.withId("current-password"));
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("The current password is not correct.");
    }

    @Test
    void mismatchAndPolicyErrorsAreShownOnTheirFields() {
        open(tenants.create().operator());

        changePassword(TestTenants.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x");
        assertThat(_get(PasswordField.class, spec -> spec.withId("repeat-password")).getErrorMessage())
                .isEqualTo("The two new passwords differ.");

        changePassword(TestTenants.PASSWORD, "too-short", "too-short");
        assertThat(_get(PasswordField.class, spec -> spec.withId("new-password")).getErrorMessage())
                .isEqualTo("Use at least 12 characters.");
    }

    @Test
    void changedPasswordSignsIn() {
        AppPrincipal operator = tenants.create().operator();
        open(operator);

        changePassword(TestTenants.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        NotificationsKt.expectNotifications("Your password has been changed.");
        assertThat(authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(operator.email(), NEW_PASSWORD)).isAuthenticated())
                .isTrue();
    }

    @Test
    void platformAdminChangesTheirPasswordToo() {
        AppPrincipal admin = tenants.platformAdmin();
        open(admin);

        changePassword(TestTenants.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(admin.email(), NEW_PASSWORD)).isAuthenticated())
                .isTrue();
    }

    @Test
    void languageChangeIsSavedAndAppliedToTheSession() {
        AppPrincipal operator = tenants.create().operator();
        open(operator);

        chooseLanguage(FeatureBundlesI18NProvider.CHINESE);

        assertThat(signInLookup.find(operator.email()).orElseThrow().principal().locale())
                .isEqualTo(Locale.forLanguageTag("zh-CN"));
        assertThat(CurrentUser.require().locale()).isEqualTo(FeatureBundlesI18NProvider.CHINESE);
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(FeatureBundlesI18NProvider.CHINESE);
        SecurityContext stored = (SecurityContext) VaadinSession.getCurrent().getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(stored.getAuthentication().getName()).isEqualTo(operator.email());
        assertThat(CurrentUser.require().userId()).isEqualTo(operator.userId());
    }

    @Test
    void platformAdminLanguageIsSavedToo() {
        AppPrincipal admin = tenants.platformAdmin();
        open(admin);

        chooseLanguage(FeatureBundlesI18NProvider.CHINESE);

        assertThat(signInLookup.find(admin.email()).orElseThrow().principal().locale())
                .isEqualTo(Locale.forLanguageTag("zh-CN"));
    }

    private void open(AppPrincipal user) {
        login(user);
        UI.getCurrent().navigate("account");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MyAccountView.class);
    }

    private void changePassword(String current, String newPassword, String repeat) {
        enter(_get(PasswordField.class, spec -> spec.withId("current-password")), current);
        enter(_get(PasswordField.class, spec -> spec.withId("new-password")), newPassword);
        enter(_get(PasswordField.class, spec -> spec.withId("repeat-password")), repeat);
        _click(_get(Button.class, spec -> spec.withId("change-password")));
    }

    @SuppressWarnings("unchecked")
    private void chooseLanguage(Locale locale) {
        enter((Select<Locale>) _get(Select.class, spec -> spec.withId("myaccount-language")), locale);
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    /** Karibu's own value setter does not match this Vaadin version's internals; a plain set does the job. */
    private static <V> void enter(HasValue<?, V> field, V value) {
        assertThat(field.isReadOnly()).isFalse();
        field.setValue(value);
    }
}
