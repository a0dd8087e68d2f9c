package app.communityops.security.mfa.ui;

import app.communityops.security.SecurityNavigation;
import app.communityops.security.mfa.SecondFactorSignIn;
import app.communityops.security.mfa.SecondFactorWeb;
import app.communityops.shared.AppPrincipal;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The second step of a sign-in: the six-digit code of the authenticator app, or a recovery code. The code goes to
 * {@code POST /login/code} as a form post, like the password before it, so that Spring Security's filter chain
 * completes the sign-in. Open to anyone by annotation; it shows nothing to a visitor without a pending sign-in.
 *
 * <p>Public only because route discovery in UI tests sees public classes alone.
 */
@Route(value = SecurityNavigation.LOGIN_CODE_ROUTE, autoLayout = false)
@AnonymousAllowed
public class CodeStepView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Map<String, String> PROBLEMS = Map.of("error", "mfa.code.wrong", "throttled",
            "mfa.code.throttled", "replayed", "mfa.code.replayed");

    private final SecondFactorSignIn signIn;
    private final AuthenticationContext authenticationContext;
    private final TextField code = new TextField();
    private final StepCard card;

    CodeStepView(SecondFactorSignIn signIn, AuthenticationContext authenticationContext) {
        this.signIn = signIn;
        this.authenticationContext = authenticationContext;
        StepCard.layOutPage(this);
        card = new StepCard(getTranslation("mfa.code.title"), getTranslation("mfa.code.explain"));

        code.setId("mfa-code");
        code.setLabel(getTranslation("mfa.code.label"));
        code.setHelperText(getTranslation("mfa.code.help"));
        code.setWidthFull();
        code.setAutofocus(true);
        code.setMaxLength(24);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        // Sent as typed, so Enter (a click shortcut) never submits a value the server has not seen yet.
        code.setValueChangeMode(ValueChangeMode.EAGER);
        code.getElement().setAttribute("inputmode", "text");
        code.setRequiredIndicatorVisible(true);

        Button verify = new Button(getTranslation("mfa.code.submit"), event -> submit());
        verify.setId("mfa-verify");
        verify.addThemeVariants(ButtonVariant.PRIMARY);
        verify.setWidthFull();
        verify.addClickShortcut(Key.ENTER);
        Button signOut = new Button(getTranslation("mfa.signOut"), event -> authenticationContext.logout());
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        signOut.setId("mfa-sign-out");
        signOut.addClassName("mfa-sign-out");
        card.addContent(code, verify, signOut);
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<AppPrincipal> pending = SignInStep.pendingOrLeave(event);
        if (pending.isEmpty()) {
            return;
        }
        if (!signIn.enrolled(pending.get())) {
            event.forwardTo(EnrolStepView.class);
            return;
        }
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        card.notice(PROBLEMS.entrySet().stream().filter(problem -> parameters.containsKey(problem.getKey()))
                .map(problem -> getTranslation(problem.getValue())).findFirst().orElse(""));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mfa.code.title") + " · " + getTranslation("app.name");
    }

    private void submit() {
        String value = code.getValue().strip();
        if (value.isEmpty()) {
            code.setErrorMessage(getTranslation("mfa.code.required"));
            code.setInvalid(true);
            return;
        }
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        CsrfToken csrf = (CsrfToken) request.getHttpServletRequest().getAttribute(CsrfToken.class.getName());
        getElement().executeJs("""
                const form = document.createElement('form');
                form.method = 'POST';
                form.action = $0;
                for (const [name, value] of [['code', $1], [$2, $3]]) {
                  const input = document.createElement('input');
                  input.type = 'hidden';
                  input.name = name;
                  input.value = value;
                  form.appendChild(input);
                }
                document.body.appendChild(form);
                form.submit();""",
                request.getContextPath() + SecondFactorWeb.CODE_PATH, value,
                csrf == null ? "_csrf" : csrf.getParameterName(), csrf == null ? "" : csrf.getToken());
    }
}
