package app.communityops.shell;

import app.communityops.security.AccountStatusGuard;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Per-UI set-up: the user's language (their saved choice, else the browser's), sign-out of users whose
 * account or tenant was stopped meanwhile, and one error handler that logs and shows a friendly message.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiSetup.class);

    private final AccountStatusGuard guard;
    private final AuthenticationContext authenticationContext;

    UiSetup(AccountStatusGuard guard, AuthenticationContext authenticationContext) {
        this.guard = guard;
        this.authenticationContext = authenticationContext;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            log.error("Unexpected error in the UI", error.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                app.communityops.shared.ui.Notifications.error(ui.getTranslation("error.unexpected"));
            }
        }));
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.setLocale(languageFor(ui.getLocale()));
            ui.addBeforeEnterListener(enter -> CurrentUser.get().ifPresent(user -> {
                if (!guard.mayContinue(user)) {
                    authenticationContext.logout();
                }
            }));
        });
    }

    private static Locale languageFor(Locale browser) {
        VaadinSession session = VaadinSession.getCurrent();
        Locale chosen = CurrentUser.get().map(AppPrincipal::locale).orElse(null);
        if (chosen == null && session != null && session.getAttribute("locale.chosen") != null) {
            chosen = session.getLocale();
        }
        return FeatureBundlesI18NProvider.supported(chosen != null ? chosen : browser);
    }
}
