package app.communityops.security.mfa.ui;

import app.communityops.security.SecurityNavigation;
import app.communityops.security.mfa.SecondFactorService;
import app.communityops.security.mfa.SecondFactorSignIn;
import app.communityops.security.mfa.SecondFactorWeb;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.ui.HomeNavigation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Optional;

/**
 * The enrolment step of a sign-in, for a user who must have a second factor and has none yet: nothing else is
 * reachable until an authenticator app is set up. Confirming the first code completes the sign-in.
 *
 * <p>Public only because route discovery in UI tests sees public classes alone.
 */
@Route(value = SecurityNavigation.LOGIN_ENROL_ROUTE, autoLayout = false)
@AnonymousAllowed
public class EnrolStepView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SecondFactorService secondFactors;
    private final SecondFactorSignIn signIn;
    private final AuthenticationContext authenticationContext;
    private final StepCard card;

    EnrolStepView(SecondFactorService secondFactors, SecondFactorSignIn signIn,
                  AuthenticationContext authenticationContext) {
        this.secondFactors = secondFactors;
        this.signIn = signIn;
        this.authenticationContext = authenticationContext;
        StepCard.layOutPage(this);
        card = new StepCard(getTranslation("mfa.enrol.title"), getTranslation("mfa.enrol.required"));
        card.addClassName("mfa-enrol-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<AppPrincipal> pending = SignInStep.pendingOrLeave(event);
        if (pending.isEmpty()) {
            return;
        }
        if (signIn.enrolled(pending.get())) {
            event.forwardTo(CodeStepView.class);
            return;
        }
        if (card.getChildren().noneMatch(EnrolmentPanel.class::isInstance)) {
            Button signOut = new Button(getTranslation("mfa.signOut"), click -> authenticationContext.logout());
            signOut.addThemeVariants(ButtonVariant.TERTIARY);
            signOut.setId("mfa-sign-out");
            signOut.addClassName("mfa-sign-out");
            card.addContent(new EnrolmentPanel(secondFactors, this::enabled), signOut);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mfa.enrol.title") + " · " + getTranslation("app.name");
    }

    private void enabled(List<String> recoveryCodes) {
        SecondFactorWeb.completeEnrolment(VaadinSession.getCurrent().getSession() instanceof WrappedHttpSession wrapped
                ? wrapped.getHttpSession() : null);
        card.removeAll();
        StepCard done = new StepCard(getTranslation("mfa.enrol.doneTitle"), getTranslation("mfa.enrol.doneText"));
        Button next = new Button(getTranslation("mfa.enrol.continue"),
                event -> UI.getCurrent().navigate(HomeNavigation.HOME_ROUTE));
        next.setId("mfa-continue");
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.setWidthFull();
        done.addContent(new RecoveryCodesPanel(recoveryCodes), next);
        remove(card);
        add(done);
    }
}
