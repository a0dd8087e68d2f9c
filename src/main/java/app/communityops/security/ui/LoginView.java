package app.communityops.security.ui;

import app.communityops.security.SignInThrottledException;
import app.communityops.security.TenantSuspendedException;
import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

/** Email and password sign-in, in the browser's language until the user picks one. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authenticationContext;
    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    LoginView(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setId("login-form");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(null));

        notice.setId("login-notice");
        notice.addClassName("login-notice");
        notice.setVisible(false);

        Select<Locale> language = new Select<>();
        language.setId("login-language");
        language.setItems(FeatureBundlesI18NProvider.LOCALES);
        language.setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        language.setValue(FeatureBundlesI18NProvider.supported(getLocale()));
        language.setAriaLabel(getTranslation("account.language"));
        language.addValueChangeListener(event -> {
            VaadinSession.getCurrent().setLocale(event.getValue());
            VaadinSession.getCurrent().setAttribute("locale.chosen", Boolean.TRUE);
            getUI().ifPresent(ui -> ui.getPage().reload());
        });

        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("login-brand");
        Paragraph tagline = new Paragraph(getTranslation("app.tagline"));
        tagline.addClassName("login-tagline");
        Div card = new Div(brand, tagline, notice, form, language);
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("error")) {
            String problem = problemKey(lastFailure());
            if (problem == null) {
                form.setError(true);
            } else {
                notice.setText(getTranslation(problem));
                notice.setVisible(true);
            }
        } else if (parameters.containsKey("expired")) {
            notice.setText(getTranslation("login.sessionEnded"));
            notice.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }

    private LoginI18n i18n(@Nullable String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.email"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(errorMessage == null ? getTranslation("login.error.message") : errorMessage);
        error.setUsername(getTranslation("login.error.emailRequired"));
        error.setPassword(getTranslation("login.error.passwordRequired"));
        return i18n;
    }

    private static @Nullable Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    /** Status problems are told only after a correct password; a wrong one gets the form's generic error. */
    private static @Nullable String problemKey(@Nullable Object failure) {
        if (failure instanceof TenantSuspendedException) {
            return "login.error.suspended";
        }
        if (failure instanceof DisabledException) {
            return "login.error.disabled";
        }
        if (failure instanceof SignInThrottledException) {
            return "login.error.throttled";
        }
        return null;
    }
}
