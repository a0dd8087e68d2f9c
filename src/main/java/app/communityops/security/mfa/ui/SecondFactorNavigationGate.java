package app.communityops.security.mfa.ui;

import app.communityops.security.ui.LoginView;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Inside an open page, a sign-in that still waits for its second factor can navigate only to the code and
 * enrolment steps (and back to sign-in); every other route sends it to the code step. Page loads are sent there by
 * the web filter, and services refuse such a sign-in anyway.
 */
@Component
class SecondFactorNavigationGate implements VaadinServiceInitListener {

    private static final Set<Class<?>> OPEN = Set.of(CodeStepView.class, EnrolStepView.class, LoginView.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            if (SignInStep.pending().isPresent() && !OPEN.contains(enter.getNavigationTarget())) {
                enter.rerouteTo(CodeStepView.class);
            }
        }));
    }
}
