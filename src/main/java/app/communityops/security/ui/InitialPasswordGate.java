package app.communityops.security.ui;

import app.communityops.security.InitialPassword;
import app.communityops.shared.CurrentUser;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * A platform admin who signed in with the one-time password from configuration reaches nothing but the page that
 * sets their own: every other navigation is rerouted there (ADR 0026).
 */
@Component
class InitialPasswordGate implements VaadinServiceInitListener {

    private final InitialPassword initialPassword;

    InitialPasswordGate(InitialPassword initialPassword) {
        this.initialPassword = initialPassword;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            if (enter.getNavigationTarget() != InitialPasswordView.class
                    && enter.getNavigationTarget() != LoginView.class
                    && CurrentUser.get().isPresent() && initialPassword.mustBeChanged()) {
                enter.rerouteTo(InitialPasswordView.class);
            }
        }));
    }
}
