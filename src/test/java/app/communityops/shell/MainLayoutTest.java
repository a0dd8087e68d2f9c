package app.communityops.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.security.ui.LoginView;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.TestTenants;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import org.junit.jupiter.api.Test;

class MainLayoutTest extends KaribuTest {

    @Test
    void showsTheTenantAndGroupsTheMenuByArea() {
        TestTenants.Fixture tenant = tenants.create();
        login(tenant.admin());
        UI.getCurrent().navigate("communities");

        assertThat(_get(Span.class, spec -> spec.withId("tenant-name")).getText()).isEqualTo(tenant.name());
        assertThat(_get(SideNav.class, spec -> spec.withId("nav-workspace")).getLabel()).isEqualTo("Workspace");
        assertThat(_get(SideNav.class, spec -> spec.withId("nav-administration")).getItems())
                .extracting(item -> item.getLabel()).contains("Clients", "People");
        _assertNone(SideNav.class, spec -> spec.withId("nav-platform"));
    }

    @Test
    void noSwitcherForAUserWithOneCommunity() {
        login(tenants.create().operator());
        UI.getCurrent().navigate("communities");
        _assertNone(ComboBox.class, spec -> spec.withId("community-switcher"));
    }

    @Test
    void switcherFollowsTheOpenCommunityForUsersWithSeveral() {
        TestTenants.Fixture tenant = tenants.create();
        login(tenant.admin());
        UI.getCurrent().navigate("communities/" + tenant.communityId());
        ComboBox<?> switcher = _get(ComboBox.class, spec -> spec.withId("community-switcher"));
        assertThat(((app.communityops.community.CommunitySummary) switcher.getValue()).id()).isEqualTo(tenant.communityId());
    }

    @Test
    void unknownPagesLookLikeForeignRecordsInsideTheConsole() {
        login(tenants.create().operator());
        openUnknownPage();
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(UnknownPageView.class);
        _get(Span.class, spec -> spec.withId("tenant-name"));
    }

    @Test
    void anonymousVisitorsOfUnknownPagesAreAskedToSignIn() {
        openUnknownPage();
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    /** Karibu refuses UI.navigate to unknown paths; a router navigation shows what a browser would. */
    private static void openUnknownPage() {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location("no-such-page"), NavigationTrigger.PROGRAMMATIC);
    }
}
