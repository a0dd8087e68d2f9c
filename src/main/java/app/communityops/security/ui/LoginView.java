package app.communityops.security.ui;

import app.communityops.security.SecurityNavigation;
import app.communityops.security.SignInThrottledException;
import app.communityops.security.TenantSuspendedException;
import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import app.communityops.shared.ui.HomeNavigation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
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
@Route(value = SecurityNavigation.LOGIN_ROUTE, autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    private final AuthenticationContext authenticationContext;
    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final H1 brand = new H1();
    private final Paragraph tagline = new Paragraph();
    private final Select<Locale> language = new Select<>();
    private @Nullable String noticeKey;
    private Object[] noticeArguments = {};

    LoginView(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setId("login-form");
        form.setAction(SecurityNavigation.LOGIN_ROUTE);
        form.setForgotPasswordButtonVisible(false);

        notice.setId("login-notice");
        notice.addClassName("login-notice");
        notice.setVisible(false);

        language.setId("login-language");
        language.setItems(FeatureBundlesI18NProvider.LOCALES);
        language.setItemLabelGenerator(locale -> getTranslation("language." + locale.toLanguageTag()));
        language.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                // Remembered for this browser session; after sign-in the account's own choice wins.
                VaadinSession.getCurrent().setLocale(event.getValue());
                VaadinSession.getCurrent().setAttribute("locale.chosen", Boolean.TRUE);
                getUI().ifPresent(ui -> ui.setLocale(event.getValue()));
            }
        });

        brand.addClassName("login-brand");
        tagline.addClassName("login-tagline");
        Div card = new Div(brand, tagline, notice, form, language);
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo(HomeNavigation.HOME_ROUTE);
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("error")) {
            Object failure = lastFailure();
            noticeKey = problemKey(failure);
            if (failure instanceof SignInThrottledException throttled) {
                long seconds = throttled.retryAfter().toSeconds();
                noticeKey = seconds < 120 ? "login.error.throttled.seconds" : "login.error.throttled.minutes";
                noticeArguments = new Object[] {seconds < 120 ? seconds : (seconds + 59) / 60};
            }
            form.setError(noticeKey == null);
        } else if (parameters.containsKey("expired")) {
            noticeKey = "login.sessionEnded";
        }
        showNotice();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        brand.setText(getTranslation("app.name"));
        tagline.setText(getTranslation("app.tagline"));
        form.setI18n(i18n(null));
        language.setValue(FeatureBundlesI18NProvider.supported(event.getLocale()));
        language.setAriaLabel(getTranslation("account.language"));
        showNotice();
    }

    private void showNotice() {
        notice.setVisible(noticeKey != null);
        notice.setText(noticeKey == null ? "" : getTranslation(noticeKey, noticeArguments));
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

    /**
     * Status problems are told only after a correct password; a wrong one gets the form's generic error. Throttling
     * is told (with the wait) for every email alike, so it says nothing about whether an account exists.
     */
    private static @Nullable String problemKey(@Nullable Object failure) {
        if (failure instanceof TenantSuspendedException) {
            return "login.error.suspended";
        }
        if (failure instanceof DisabledException) {
            return "login.error.disabled";
        }
        return null;
    }
}
