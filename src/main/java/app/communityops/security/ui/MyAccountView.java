package app.communityops.security.ui;

import app.communityops.security.AccountService;
import app.communityops.security.PasswordChangeForm;
import app.communityops.security.SecurityNavigation;
import app.communityops.security.SignedInSessions;
import app.communityops.security.mfa.SecondFactorService;
import app.communityops.security.mfa.ui.TwoFactorCard;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import app.communityops.tenancy.TenantDirectory;
import app.communityops.tenancy.TenantSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.Map;

/**
 * Every signed-in user's own account: who they are, their password and their language. Reached from the user
 * menu, so it has no entry in the side navigation.
 *
 * <p>Public only because route discovery in UI tests sees public classes alone; the constructor stays private
 * to the package.
 */
@Route(SecurityNavigation.ACCOUNT_ROUTE)
@PermitAll
public class MyAccountView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final AppPrincipal user = CurrentUser.require();
    private final BeanValidationBinder<PasswordChangeForm> binder = new BeanValidationBinder<>(PasswordChangeForm.class);
    private final PasswordField currentPassword = new PasswordField();
    private final PasswordField newPassword = new PasswordField();
    private final PasswordField repeatPassword = new PasswordField();

    MyAccountView(AccountService accounts, TenantDirectory tenants, SignedInSessions sessions,
                  SecondFactorService secondFactors) {
        this.accounts = accounts;
        setMaxWidth("64rem");
        add(profile(tenants), passwordCard(), new TwoFactorCard(secondFactors), languageCard(),
                new SessionsCard(sessions));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myaccount.title");
    }

    private Component profile(TenantDirectory tenants) {
        String organisation = user.tenant().flatMap(tenants::find).map(TenantSummary::name)
                .orElseGet(() -> getTranslation("platform.name"));
        FormLayout facts = new FormLayout();
        facts.addFormItem(value("myaccount-name", user.displayName()), getTranslation("myaccount.name"));
        facts.addFormItem(value("myaccount-email", user.email()), getTranslation("myaccount.email"));
        facts.addFormItem(value("myaccount-role", getTranslation("role." + user.role())),
                getTranslation("myaccount.role"));
        facts.addFormItem(value("myaccount-tenant", organisation), getTranslation("myaccount.tenant"));
        return card("myaccount.profile", facts);
    }

    private Component passwordCard() {
        currentPassword.setLabel(getTranslation("myaccount.password.current"));
        currentPassword.setId("current-password");
        newPassword.setLabel(getTranslation("myaccount.password.new"));
        newPassword.setHelperText(getTranslation("myaccount.password.newHelp"));
        newPassword.setId("new-password");
        repeatPassword.setLabel(getTranslation("myaccount.password.repeat"));
        repeatPassword.setId("repeat-password");
        binder.forField(currentPassword).bind("currentPassword");
        binder.forField(newPassword).bind("newPassword");
        binder.forField(repeatPassword).bind("repeatPassword");
        binder.readBean(new PasswordChangeForm());

        Button change = new Button(getTranslation("myaccount.password.change"), event -> changePassword());
        change.setId("change-password");
        change.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout form = new FormLayout(currentPassword, newPassword, repeatPassword);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return card("myaccount.password.title", form, change);
    }

    private Component languageCard() {
        Select<Locale> language = new Select<>();
        language.setId("myaccount-language");
        language.setLabel(getTranslation("account.language"));
        language.setItems(FeatureBundlesI18NProvider.LOCALES);
        language.setItemLabelGenerator(locale -> getTranslation("language." + locale.toLanguageTag()));
        language.setValue(FeatureBundlesI18NProvider.supported(getLocale()));
        language.addValueChangeListener(event -> {
            if (event.getValue() != null && !event.getValue().equals(event.getOldValue())) {
                changeLanguage(event.getValue());
            }
        });
        return card("myaccount.language.title", language);
    }

    private void changePassword() {
        PasswordChangeForm form = new PasswordChangeForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        if (!form.repeated()) {
            repeatPassword.setErrorMessage(getTranslation("myaccount.password.mismatch"));
            repeatPassword.setInvalid(true);
            return;
        }
        try {
            if (user.hasRole(Roles.PLATFORM_ADMIN)) {
                accounts.changePlatformAdminPassword(form.getCurrentPassword(), form.getNewPassword());
            } else {
                accounts.changeOwnPassword(form.getCurrentPassword(), form.getNewPassword());
            }
            binder.readBean(new PasswordChangeForm());
            Notifications.success(getTranslation("myaccount.password.changed"));
        } catch (UserFacingException refusal) {
            FormErrors.show(refusal, Map.<String, HasValidation>of("currentPassword", currentPassword,
                    "newPassword", newPassword));
        }
    }

    /** Saved for the next sign-in, and applied now: to this session's principal, its UIs, and this page. */
    private void changeLanguage(Locale locale) {
        if (user.hasRole(Roles.PLATFORM_ADMIN)) {
            accounts.changePlatformAdminLanguage(locale);
        } else {
            accounts.changeOwnLanguage(locale);
        }
        SignedInSession.replacePrincipal(CurrentUser.require().withLocale(locale));
        VaadinSession.getCurrent().setLocale(locale);
        getUI().ifPresent(ui -> {
            ui.setLocale(locale);
            ui.getPage().reload();
        });
    }

    private static Span value(String id, String text) {
        Span value = new Span(text);
        value.setId(id);
        return value;
    }

    private Component card(String titleKey, Component... content) {
        Div card = new Div(new H3(getTranslation(titleKey)));
        card.add(content);
        card.addClassName("area-card");
        card.setWidthFull();
        return card;
    }
}
