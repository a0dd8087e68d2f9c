package app.communityops.shell;

import app.communityops.community.CommunityNavigation;
import app.communityops.kpi.KpiNavigation;
import app.communityops.platform.PlatformNavigation;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import app.communityops.shared.ui.HomeNavigation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The start page sends each kind of user to where their work is: platform admins to the tenants, client users to
 * the portfolio of their communities' figures, staff to the communities they run.
 */
@Route(HomeNavigation.HOME_ROUTE)
@PermitAll
class HomeView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean platformAdmin = CurrentUser.get().map(user -> user.hasRole(Roles.PLATFORM_ADMIN)).orElse(false);
        boolean client = CurrentUser.get().map(user -> user.hasRole(Roles.CLIENT)).orElse(false);
        event.forwardTo(platformAdmin ? PlatformNavigation.TENANTS_ROUTE
                : client ? KpiNavigation.PORTFOLIO_ROUTE : CommunityNavigation.LIST_ROUTE);
    }
}
