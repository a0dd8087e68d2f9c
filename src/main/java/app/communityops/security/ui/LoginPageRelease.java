package app.communityops.security.ui;

import app.communityops.shared.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Releases the sign-in page once its user is signed in. Signing in posts the login form, so the browser leaves the
 * sign-in page by an ordinary page load, and the page's UI stays in the session (the same session, under a new id)
 * until the server misses three of its heartbeats, some fifteen minutes later: a second UI for every user who has
 * just signed in. Browsers that send Vaadin's unload beacon close it sooner, but not all do. So when a signed-in
 * page starts, the session's sign-in pages are closed; Vaadin removes them at the end of that request. A sign-in
 * page left open in another tab is closed too: the user is signed in, and reloading it leads into the console.
 */
@Component
class LoginPageRelease implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            if (CurrentUser.get().isPresent()) {
                closeSignInPagesBesides(init.getUI());
            }
        });
    }

    static void closeSignInPagesBesides(UI signedIn) {
        for (UI other : signedIn.getSession().getUIs()) {
            if (other != signedIn && !other.isClosing() && showsSignInPage(other)) {
                other.close();
            }
        }
    }

    /** Not {@code getCurrentView()}: that throws for a UI whose first navigation has not happened yet. */
    private static boolean showsSignInPage(UI ui) {
        return ui.getInternals().getActiveRouterTargetsChain().stream().anyMatch(LoginView.class::isInstance);
    }
}
