package app.communityops;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.security.ui.LoginView;
import app.communityops.shared.AppPrincipal;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.TestTenants;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Walks every registered route, so a screen added tomorrow is covered the day it lands: anonymously each one asks
 * for sign-in, and each community page refuses another tenant's admin, an operator the community is not assigned
 * to and another client's user (not found, or turned away by the route's roles). The per-screen tests check what
 * the right users see.
 */
class EveryRouteGuardTest extends KaribuTest {

    private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z]+)(\\??)(\\([^)]*\\))?");

    @Test
    void everyRouteAsksAnAnonymousVisitorToSignIn() {
        List<RouteData> routes = routes();
        assertThat(routes).as("routes found").hasSizeGreaterThan(20);
        UUID someId = UUID.randomUUID();
        for (RouteData route : routes) {
            if (route.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class)) {
                continue;
            }
            logout();
            assertSignInRequired(fill(route.getTemplate(), someId));
            assertThat(UI.getCurrent().getCurrentView()).as(route.getTemplate()).isInstanceOf(LoginView.class);
        }
    }

    @Test
    void everyCommunityPageRefusesWhoeverTheCommunityIsNotFor() {
        TestTenants.Fixture tenant = tenants.create();
        TestTenants.Fixture other = tenants.create();
        List<RouteData> communityPages = routes().stream()
                .filter(route -> route.getTemplate().contains(":communityId"))
                .filter(route -> PARAMETER.matcher(route.getTemplate().replace(":communityId", "")).results()
                        .allMatch(parameter -> !parameter.group(2).isEmpty()))
                .toList();
        assertThat(communityPages).as("community pages found").hasSizeGreaterThan(10);
        for (RouteData route : communityPages) {
            assertRefused(route, fill(route.getTemplate(), tenant.communityId()), other.admin());
            assertRefused(route, fill(route.getTemplate(), tenant.unassignedCommunityId()), tenant.operator());
            assertRefused(route, fill(route.getTemplate(), tenant.otherClientCommunityId()), tenant.clientUser());
            assertRefused(route, fill(route.getTemplate(), other.communityId()), tenant.clientUser());
        }
    }

    private void assertRefused(RouteData route, String path, AppPrincipal user) {
        login(user);
        try {
            UI.getCurrent().navigate(path);
        } catch (MockAccessDeniedException deniedByTheRoutesRoles) {
            return;
        }
        assertThat(UI.getCurrent().getCurrentView()).as("%s as %s", path, user.role())
                .isNotInstanceOf(route.getNavigationTarget());
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).as("%s as %s", path, user.role())
                .isIn("NotFoundView", "LoginView", "MockRouteAccessDeniedError");
    }

    private static List<RouteData> routes() {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes();
    }

    /** The route with each required parameter given {@code id}, optional ones left out. */
    private static String fill(String template, UUID id) {
        Matcher matcher = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(path, matcher.group(2).isEmpty() ? id.toString() : "");
        }
        matcher.appendTail(path);
        return path.toString().replaceAll("/+", "/").replaceAll("/$", "");
    }
}
