package app.communityops.security.ui;

import app.communityops.security.AccountService;
import app.communityops.security.PasswordChangeForm;
import app.communityops.security.SecurityNavigation;
import app.communityops.shared.Roles;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.HomeNavigation;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/**
 * The one page a platform admin with a one-time password from configuration can open: set their own password, or
 * sign out. Outside the main layout, so no menu leads anywhere else (ADR 0026).
 *
 * <p>Public only because route discovery in UI tests sees public classes alone.
 */
@Route(SecurityNavigation.INITIAL_PASSWORD_ROUTE)
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class InitialPasswordView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final BeanValidationBinder<PasswordChangeForm> binder = new BeanValidationBinder<>(PasswordChangeForm.class);
    private final PasswordField currentPassword = new PasswordField();
    private final PasswordField newPassword = new PasswordField();
    private final PasswordField repeatPassword = new PasswordField();

    InitialPasswordView(AccountService accounts, AuthenticationContext authenticationContext) {
        this.accounts = accounts;
        setMaxWidth("36rem");
        currentPassword.setLabel(getTranslation("initialpassword.current"));
        currentPassword.setId("current-password");
        newPassword.setLabel(getTranslation("initialpassword.new"));
        newPassword.setHelperText(getTranslation("initialpassword.newHelp"));
        newPassword.setId("new-password");
        repeatPassword.setLabel(getTranslation("initialpassword.repeat"));
        repeatPassword.setId("repeat-password");
        binder.forField(currentPassword).bind("currentPassword");
        binder.forField(newPassword).bind("newPassword");
        binder.forField(repeatPassword).bind("repeatPassword");
        binder.readBean(new PasswordChangeForm());

        Button save = new Button(getTranslation("initialpassword.save"), event -> save());
        save.setId("set-password");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button signOut = new Button(getTranslation("initialpassword.signOut"), event -> authenticationContext.logout());
        signOut.setId("sign-out");
        add(new H2(getTranslation("initialpassword.title")), new Paragraph(getTranslation("initialpassword.why")),
                new FormLayout(currentPassword, newPassword, repeatPassword), new HorizontalLayout(save, signOut));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("initialpassword.title");
    }

    private void save() {
        PasswordChangeForm form = new PasswordChangeForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        if (!form.repeated()) {
            repeatPassword.setErrorMessage(getTranslation("initialpassword.mismatch"));
            repeatPassword.setInvalid(true);
            return;
        }
        if (form.getNewPassword().equals(form.getCurrentPassword())) {
            newPassword.setErrorMessage(getTranslation("initialpassword.same"));
            newPassword.setInvalid(true);
            return;
        }
        try {
            accounts.changePlatformAdminPassword(form.getCurrentPassword(), form.getNewPassword());
            Notifications.success(getTranslation("initialpassword.changed"));
            UI.getCurrent().navigate(HomeNavigation.HOME_ROUTE);
        } catch (UserFacingException refusal) {
            FormErrors.show(refusal, Map.<String, HasValidation>of("currentPassword", currentPassword,
                    "newPassword", newPassword));
        }
    }
}
