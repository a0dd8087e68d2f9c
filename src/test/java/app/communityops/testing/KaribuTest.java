package app.communityops.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.shared.AppPrincipal;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.fakeservlet.FakeRequest;
import app.communityops.security.ui.LoginView;
import app.communityops.shell.NotFoundView;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.spring.SpringServlet;
import kotlin.jvm.functions.Function0;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Base of UI tests: the real views, services, security and database, driven through Karibu's mocked Vaadin
 * (no browser). {@link #login} signs in the way Spring Security would.
 */
@IntegrationTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected TestTenants tenants;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("app.communityops");
        // Karibu's discovery skips package-private views, which is how feature views are written here.
        routes.getRoutes().addAll(packagePrivateRoutes());
    }

    @SuppressWarnings("unchecked")
    private static Set<Class<? extends Component>> packagePrivateRoutes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<Class<? extends Component>> found = new HashSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("app.communityops")) {
            found.add((Class<? extends Component>) ClassUtils.resolveClassName(
                    java.util.Objects.requireNonNull(candidate.getBeanClassName()), KaribuTest.class.getClassLoader()));
        }
        return found;
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = MockedUI::new;
        SpringServlet servlet = new MockSpringServlet(routes, context, uiFactory);
        MockVaadin.setup(uiFactory, servlet);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void tearDownVaadin() {
        logout();
        MockVaadin.tearDown();
    }

    protected void login(AppPrincipal principal) {
        Authentication authentication = SignedIn.authentication(principal);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((user, role) -> principal.role().equals(role));
        UI.getCurrent().setLocale(principal.locale() == null ? Locale.ENGLISH : principal.locale());
    }

    /**
     * Half-way through a sign-in: the password matched, the authenticator code (or the enrolment) is still to come,
     * as the password step leaves a user who has or must have a second factor.
     */
    protected void loginPasswordStepOnly(AppPrincipal principal) {
        java.util.List<org.springframework.security.core.GrantedAuthority> authorities =
                new java.util.ArrayList<>(principal.authorities());
        authorities.add(org.springframework.security.core.authority.FactorGrantedAuthority
                .fromAuthority(app.communityops.shared.SignInFactors.PASSWORD));
        authorities.add(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                app.communityops.shared.SignInFactors.SECOND_FACTOR_REQUIRED));
        Authentication authentication = org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(new app.communityops.shared.AppUserDetails(principal, "", true), null, authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((user, role) -> principal.role().equals(role));
        UI.getCurrent().setLocale(principal.locale() == null ? Locale.ENGLISH : principal.locale());
    }

    /** With no one signed in, the route shows the sign-in page. */
    protected void assertSignInRequired(String path) {
        UI.getCurrent().navigate(path);
        assertThat(UI.getCurrent().getCurrentView()).as("%s without signing in", path).isInstanceOf(LoginView.class);
    }

    /** The route's access annotation turns each of these users away. */
    protected void assertDenied(String path, AppPrincipal... principals) {
        for (AppPrincipal principal : principals) {
            login(principal);
            assertThatThrownBy(() -> UI.getCurrent().navigate(path)).as("%s as %s", path, principal.role())
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }

    /** The user may open the route but not this community (or record): the not-found page, as for a wrong id. */
    protected void assertNotFound(String path, AppPrincipal principal) {
        login(principal);
        UI.getCurrent().navigate(path);
        assertThat(UI.getCurrent().getCurrentView()).as("%s as %s", path, principal.role())
                .isInstanceOf(NotFoundView.class);
    }

    /**
     * A community's page ({@code path} gives its route for a community id) asks for sign-in, and answers not found
     * for another tenant's community, for an operator's community they are not assigned to, and for a client's
     * user on another client's community.
     */
    protected void assertCommunityPageGuarded(Function<UUID, String> path, TestTenants.Fixture tenant) {
        assertCommunityRecordPageGuarded((owner, community) -> path.apply(community), tenant);
    }

    /**
     * The same refusals for the page of one record in a community: {@code page} makes a record in the community of
     * the tenant it is given and answers the record's route, so each not-found is about the community and not
     * about a record that is not there.
     */
    protected void assertCommunityRecordPageGuarded(BiFunction<TestTenants.Fixture, UUID, String> page,
                                                    TestTenants.Fixture tenant) {
        assertSignInRequired(page.apply(tenant, tenant.communityId()));
        TestTenants.Fixture other = tenants.create();
        String foreign = page.apply(other, other.communityId());
        assertNotFound(foreign, tenant.admin());
        assertNotFound(page.apply(tenant, tenant.unassignedCommunityId()), tenant.operator());
        assertNotFound(page.apply(tenant, tenant.otherClientCommunityId()), tenant.clientUser());
        assertNotFound(foreign, tenant.clientUser());
    }

    /**
     * The refusals of a community's page that only staff may open: sign-in, the route's roles turn a client away
     * even on its own client's community, and staff get not found for another tenant's community and for an
     * operator's community they are not assigned to.
     */
    protected void assertStaffCommunityPageGuarded(Function<UUID, String> path, TestTenants.Fixture tenant) {
        assertSignInRequired(path.apply(tenant.communityId()));
        assertDenied(path.apply(tenant.communityId()), tenant.clientUser());
        assertNotFound(path.apply(tenants.create().communityId()), tenant.admin());
        assertNotFound(path.apply(tenant.unassignedCommunityId()), tenant.operator());
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        VaadinRequest current = VaadinRequest.getCurrent();
        if (current instanceof VaadinServletRequest servletRequest
                && servletRequest.getRequest() instanceof FakeRequest request) {
            request.setUserPrincipalInt(null);
            request.setUserInRole((user, role) -> false);
        }
    }
}
