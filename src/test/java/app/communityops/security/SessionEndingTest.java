package app.communityops.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.communityops.api.ApiFixture;
import app.communityops.api.ApiKeyForm;
import app.communityops.api.ApiKeyService;
import app.communityops.api.ApiScope;
import app.communityops.api.CreatedApiKey;
import app.communityops.calendar.CalendarFeedService;
import app.communityops.community.CommunityForm;
import app.communityops.community.CommunityService;
import app.communityops.tenancy.TenantService;
import app.communityops.tenancy.TenantSummary;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.shared.AppPrincipal;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockRequestDispatcher;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Taking access away ends the affected sessions at once: each change is made while the user holds signed-in
 * sessions (a real form sign-in through the security chain), and the user's next request, a Vaadin round trip or
 * an export download, finds the session gone. Feeds and API keys made by someone who lost access stop too.
 */
@IntegrationTest
class SessionEndingTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestTenants tenants;
    @Autowired
    AccountService accounts;
    @Autowired
    TenantService tenantService;
    @Autowired
    CommunityService communities;
    @Autowired
    CalendarFeedService feeds;
    @Autowired
    ApiKeyService apiKeys;
    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;
    TestTenants.Fixture tenant;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        // MockMvc runs no Vaadin servlet: round trips pass the whole security chain and stop where Spring hands
        // them to Vaadin. The browser journey (SessionEndBrowserIT) clicks a real button.
        if (context.getServletContext() instanceof MockServletContext servletContext
                && servletContext.getNamedDispatcher("springServlet") == null) {
            servletContext.registerNamedDispatcher("springServlet", new MockRequestDispatcher("/vaadin"));
        }
        tenant = tenants.create();
    }

    @AfterEach
    void clearRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void disablingAUserEndsTheirSessionsAtTheNextRoundTripAndDownload() throws Exception {
        MockHttpSession browser = signIn(tenant.operator().email());
        MockHttpSession laptop = signIn(tenant.operator().email());
        assertThat(exportStatus(browser)).isEqualTo(200);
        assertThat(roundTrip(laptop)).isTrue();

        SignedIn.run(tenant.admin(), () -> accounts.setEnabled(tenant.operator().userId(),
                version(tenant.operator()), false));

        assertThat(roundTrip(laptop)).as("a button click after the account was disabled").isFalse();
        assertThat(laptop.isInvalid()).isTrue();
        assertThat(exportStatus(browser)).isIn(401, 403);
        assertThat(browser.isInvalid()).isTrue();
        assertThat(endReasons(tenant.operator())).containsOnly("DISABLED");
    }

    @Test
    void suspendingTheTenantEndsEveryonesSessions() throws Exception {
        MockHttpSession operator = signIn(tenant.operator().email());
        MockHttpSession client = signIn(tenant.clientUser().email());
        AppPrincipal platform = tenants.platformAdmin();
        TenantSummary summary = SignedIn.as(platform, () -> tenantService.list()).stream()
                .filter(t -> t.id().equals(tenant.tenantId())).findFirst().orElseThrow();

        SignedIn.run(platform, () -> tenantService.suspend(tenant.tenantId(), summary.version(), "Unpaid"));

        assertThat(exportStatus(operator)).isIn(401, 403);
        assertThat(roundTrip(client)).isFalse();
        assertThat(endReasons(tenant.operator())).containsOnly("TENANT_SUSPENDED");
    }

    @Test
    void demotingAnAdminEndsTheirSessions() throws Exception {
        AppPrincipal second = secondAdmin();
        MockHttpSession session = signIn(second.email());
        assertThat(roundTrip(session)).isTrue();

        SignedIn.run(tenant.admin(), () -> accounts.update(second.userId(), version(second),
                form(second, AccountRole.OPERATOR, null)));

        assertThat(roundTrip(session)).isFalse();
        assertThat(endReasons(second)).containsOnly("ACCESS_CHANGED");
    }

    @Test
    void takingAnOperatorOffACommunityEndsTheirSessions() throws Exception {
        MockHttpSession session = signIn(tenant.operator().email());
        assertThat(exportStatus(session)).isEqualTo(200);

        SignedIn.run(tenant.admin(), () -> {
            CommunityForm form = CommunityForm.of(communities.find(tenant.communityId()).orElseThrow());
            Set<UUID> operators = new HashSet<>(form.getOperatorIds());
            operators.remove(tenant.operator().userId());
            form.setOperatorIds(operators);
            communities.update(tenant.communityId(), communities.find(tenant.communityId()).orElseThrow().version(),
                    form);
        });

        assertThat(exportStatus(session)).isIn(401, 403);
        assertThat(endReasons(tenant.operator())).containsOnly("UNASSIGNED");
    }

    @Test
    void removingAClientUserFromTheirClientEndsTheirSessions() throws Exception {
        MockHttpSession disabled = signIn(tenant.clientUser().email());
        assertThat(roundTrip(disabled)).isTrue();

        // Moved to another client: the session signed in for the first client's communities ends.
        SignedIn.run(tenant.admin(), () -> accounts.update(tenant.clientUser().userId(), version(tenant.clientUser()),
                form(tenant.clientUser(), AccountRole.CLIENT, tenant.otherClientId())));
        assertThat(roundTrip(disabled)).isFalse();

        MockHttpSession again = signIn(tenant.clientUser().email());
        SignedIn.run(tenant.admin(), () -> accounts.setEnabled(tenant.clientUser().userId(),
                version(tenant.clientUser()), false));
        assertThat(roundTrip(again)).isFalse();
    }

    @Test
    void changingOnesOwnPasswordEndsTheOtherSessionsButNotThisOne() throws Exception {
        MockHttpSession here = signIn(tenant.operator().email());
        MockHttpSession phone = signIn(tenant.operator().email());
        assertThat(roundTrip(here)).isTrue();
        assertThat(roundTrip(phone)).isTrue();

        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(here);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SignedIn.run(tenant.operator(), () -> accounts.changeOwnPassword(TestTenants.PASSWORD,
                "a-brand-new-passphrase-42"));
        RequestContextHolder.resetRequestAttributes();

        assertThat(roundTrip(phone)).isFalse();
        assertThat(roundTrip(here)).isTrue();
        assertThat(exportStatus(here)).isEqualTo(200);
    }

    @Test
    void resettingAPasswordEndsEverySessionOfThatUser() throws Exception {
        MockHttpSession session = signIn(tenant.operator().email());
        assertThat(roundTrip(session)).isTrue();

        SignedIn.run(tenant.admin(), () -> accounts.resetPassword(tenant.operator().userId(),
                version(tenant.operator())));

        assertThat(exportStatus(session)).isIn(401, 403);
        assertThat(endReasons(tenant.operator())).containsOnly("PASSWORD_RESET");
    }

    @Test
    void otherUsersSessionsAreNotTouched() throws Exception {
        MockHttpSession admin = signIn(tenant.admin().email());
        MockHttpSession operator = signIn(tenant.operator().email());

        SignedIn.run(tenant.admin(), () -> accounts.setEnabled(tenant.otherOperator().userId(),
                version(tenant.otherOperator()), false));

        assertThat(roundTrip(admin)).isTrue();
        assertThat(exportStatus(operator)).isEqualTo(200);
    }

    @Test
    void aFeedStopsWhenItsCreatorLosesTheCommunityOrIsDisabled() throws Exception {
        String operatorFeed = SignedIn.as(tenant.operator(), () -> feeds.regenerate(tenant.communityId()));
        assertThat(feedStatus(operatorFeed)).isEqualTo(200);
        SignedIn.run(tenant.admin(), () -> {
            CommunityForm form = CommunityForm.of(communities.find(tenant.communityId()).orElseThrow());
            form.setOperatorIds(Set.of());
            communities.update(tenant.communityId(), communities.find(tenant.communityId()).orElseThrow().version(),
                    form);
        });
        assertThat(feedStatus(operatorFeed)).isEqualTo(404);

        AppPrincipal second = secondAdmin();
        String adminFeed = SignedIn.as(second, () -> feeds.regenerate(tenant.unassignedCommunityId()));
        assertThat(feedStatus(adminFeed)).isEqualTo(200);
        SignedIn.run(tenant.admin(), () -> accounts.setEnabled(second.userId(), version(second), false));
        assertThat(feedStatus(adminFeed)).isEqualTo(404);
    }

    @Test
    void anApiKeyStopsWhenItsCreatorIsDisabledOrNoLongerAnAdmin() throws Exception {
        AppPrincipal second = secondAdmin();
        ApiKeyForm keyForm = new ApiKeyForm();
        keyForm.setName("Integration of the second admin");
        keyForm.setScopes(Set.of(ApiScope.values()));
        CreatedApiKey key = SignedIn.as(second, () -> apiKeys.create(keyForm));
        assertThat(apiStatus(key)).isEqualTo(200);

        SignedIn.run(tenant.admin(), () -> accounts.setEnabled(second.userId(), version(second), false));
        assertThat(apiStatus(key)).isEqualTo(401);

        AppPrincipal third = secondAdmin();
        keyForm.setName("Integration of the third admin");
        CreatedApiKey demoted = SignedIn.as(third, () -> apiKeys.create(keyForm));
        assertThat(apiStatus(demoted)).isEqualTo(200);
        SignedIn.run(tenant.admin(), () -> accounts.update(third.userId(), version(third),
                form(third, AccountRole.OPERATOR, null)));
        assertThat(apiStatus(demoted)).isEqualTo(401);
    }

    private MockHttpSession signIn(String email) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", email).param("password", TestTenants.PASSWORD)
                .with(csrf())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as("signed in as %s", email).doesNotContain("error");
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        // The browser follows the redirect at once: the first signed-in request records the session.
        assertThat(roundTrip(session)).isTrue();
        return session;
    }

    /** A Vaadin round trip (what a button click sends); true when it still ran as the signed-in user. */
    private boolean roundTrip(MockHttpSession session) throws Exception {
        if (session.isInvalid()) {
            return false;
        }
        MvcResult result = mvc.perform(post("/").queryParam("v-r", "uidl").queryParam("v-uiId", "0")
                .session(session).contentType(MediaType.APPLICATION_JSON)
                .content("{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":0,\"clientId\":0}")).andReturn();
        assertThat(result.getResponse().getStatus()).isLessThan(500);
        return !session.isInvalid() && session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext signedIn
                && signedIn.getAuthentication() != null;
    }

    private int exportStatus(MockHttpSession session) throws Exception {
        MockHttpSession sent = session.isInvalid() ? new MockHttpSession() : session;
        return mvc.perform(get("/export/communities/" + tenant.communityId() + "/members.csv").session(sent))
                .andReturn().getResponse().getStatus();
    }

    private int feedStatus(String token) throws Exception {
        return mvc.perform(get("/ical/" + token + ".ics")).andReturn().getResponse().getStatus();
    }

    private int apiStatus(CreatedApiKey key) throws Exception {
        return mvc.perform(get("/api/v1/communities").header("Authorization", ApiFixture.bearer(key)))
                .andReturn().getResponse().getStatus();
    }

    private AppPrincipal secondAdmin() {
        AccountForm form = new AccountForm();
        String email = "second-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        form.setEmail(email);
        form.setDisplayName("Second admin");
        form.setRole(AccountRole.TENANT_ADMIN);
        AccountSummary created = SignedIn.as(tenant.admin(), () -> accounts.create(form, TestTenants.PASSWORD));
        return new AppPrincipal(created.id(), tenant.tenantId(), null, email, "Second admin",
                app.communityops.shared.Roles.TENANT_ADMIN, null);
    }

    private long version(AppPrincipal user) {
        return SignedIn.as(tenant.admin(), () -> accounts.list()).stream().filter(a -> a.id().equals(user.userId()))
                .findFirst().orElseThrow().version();
    }

    private static AccountForm form(AppPrincipal user, AccountRole role, UUID clientId) {
        AccountForm form = new AccountForm();
        form.setEmail(user.email());
        form.setDisplayName(user.displayName());
        form.setRole(role);
        form.setClientId(clientId);
        return form;
    }

    private java.util.List<String> endReasons(AppPrincipal user) {
        return jdbc.queryForList("select end_reason from user_session where user_id = ?", String.class, user.userId());
    }
}
