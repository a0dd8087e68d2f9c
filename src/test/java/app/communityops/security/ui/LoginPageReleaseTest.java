package app.communityops.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.testing.KaribuTest;
import app.communityops.testing.TestTenants.Fixture;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;

/**
 * The sign-in page's UI is closed as soon as a signed-in page starts in the same session (the sign-in post keeps the
 * session), instead of staying until its heartbeats are missed; a second sign-in page of someone not yet signed in
 * leaves the first open, and signed-in pages are never closed.
 */
class LoginPageReleaseTest extends KaribuTest {

    @Test
    void aSignedInPageClosesTheSessionsSignInPage() {
        Fixture tenant = tenants.create();
        UI signInPage = UI.getCurrent();
        signInPage.navigate("login");
        assertThat(signInPage.getCurrentView()).isInstanceOf(LoginView.class);

        login(tenant.operator());
        UI console = newPageInSameSession();

        assertThat(signInPage.isClosing()).isTrue();
        assertThat(console.isClosing()).isFalse();
    }

    @Test
    void signedInPagesStayOpen() {
        Fixture tenant = tenants.create();
        login(tenant.operator());
        UI communities = UI.getCurrent();
        communities.navigate("communities");

        newPageInSameSession();

        assertThat(communities.isClosing()).isFalse();
    }

    @Test
    void aSecondSignInPageBeforeSigningInLeavesTheFirstOpen() {
        UI first = UI.getCurrent();
        first.navigate("login");

        newPageInSameSession().navigate("login");

        assertThat(first.isClosing()).isFalse();
    }

    /** A new browser page in the same session, started as Vaadin starts one: its UI init listeners run. */
    private static UI newPageInSameSession() {
        VaadinSession session = VaadinSession.getCurrent();
        UI ui = new UI();
        ui.getInternals().setSession(session);
        ui.doInit(VaadinRequest.getCurrent(), session.getNextUIid(), "ROOT");
        session.addUI(ui);
        UI.setCurrent(ui);
        session.getService().fireUIInitListeners(ui);
        return ui;
    }
}
