package app.communityops.security.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.communityops.platform.PlatformTenantService;
import app.communityops.security.AccountService;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.SignInFactors;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Two-factor sign-in over real HTTP (form login, then the code step) with the real filter chain, services and
 * database: after the password alone a user who has or must have an authenticator app reaches no page, download or
 * service; the code step completes the same sign-in, once per code.
 */
@IntegrationTest
class TwoFactorSignInTest {

    @Autowired WebApplicationContext context;
    @Autowired TestTenants tenants;
    @Autowired SecondFactorService secondFactors;
    @Autowired AccountService accounts;
    @Autowired PlatformTenantService platformTenants;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.springframework.transaction.PlatformTransactionManager transactionManager;

    MockMvc mvc;
    TestTenants.Fixture tenant;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        tenant = tenants.create();
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void passwordAloneReachesNothingUntilTheCode() throws Exception {
        Enrolled operator = enrol(tenant.operator());
        String export = "/export/communities/" + tenant.communityId() + "/members.csv";

        MockHttpSession session = signInWithPassword(tenant.operator());
        assertThat(redirect(page("/communities/" + tenant.communityId()), session)).endsWith("/login/code");
        // Downloads have a chain of their own, whose role rule carries the second-factor rule too.
        assertThat(mvc.perform(get(export).session(session)).andReturn().getResponse().getStatus()).isIn(401, 403);
        assertThat(authentication(session).getAuthorities()).extracting(a -> a.getAuthority())
                .contains(SignInFactors.PASSWORD, SignInFactors.SECOND_FACTOR_REQUIRED)
                .doesNotContain(SignInFactors.TOTP);
        assertServicesRefused(session);

        MvcResult code = mvc.perform(post("/login/code").param("code", operator.nextCode()).with(csrf())
                .session(session)).andReturn();
        assertThat(code.getResponse().getRedirectedUrl()).isEqualTo("/communities/" + tenant.communityId());
        assertThat(authentication(session).getAuthorities()).extracting(a -> a.getAuthority())
                .contains(SignInFactors.PASSWORD, SignInFactors.TOTP);
        assertThat(mvc.perform(get(export).session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        asSessionUser(session, () -> assertThat(accounts.operators()).isNotEmpty());
    }

    @Test
    void wrongAndReplayedCodesAreRefused() throws Exception {
        Enrolled operator = enrol(tenant.operator());
        MockHttpSession first = signInWithPassword(tenant.operator());
        assertThat(redirect(post("/login/code").param("code", operator.wrongCode()).with(csrf()), first))
                .endsWith("/login/code?error");
        assertServicesRefused(first);
        String code = operator.nextCode();
        assertThat(redirect(post("/login/code").param("code", code).with(csrf()), first)).isEqualTo("/");

        MockHttpSession second = signInWithPassword(tenant.operator());
        assertThat(redirect(post("/login/code").param("code", code).with(csrf()), second))
                .endsWith("/login/code?replayed");
        assertServicesRefused(second);
    }

    @Test
    void aRecoveryCodeWorksOnce() throws Exception {
        Enrolled operator = enrol(tenant.operator());
        String recovery = operator.recoveryCodes().get(3);

        MockHttpSession first = signInWithPassword(tenant.operator());
        assertThat(redirect(post("/login/code").param("code", recovery.toLowerCase()).with(csrf()), first))
                .isEqualTo("/");
        asSessionUser(first, () -> assertThat(secondFactors.status().recoveryCodesLeft()).isEqualTo(9));

        MockHttpSession second = signInWithPassword(tenant.operator());
        assertThat(redirect(post("/login/code").param("code", recovery).with(csrf()), second))
                .endsWith("/login/code?error");
        assertThat(auditEvents(tenant, "recoveryCodeUsed")).isEqualTo(1);
        assertThat(auditEvents(tenant, "wrongCode")).isEqualTo(1);
    }

    @Test
    void aCodeOfAnotherUsersSecretIsRefused() throws Exception {
        enrol(tenant.operator());
        Enrolled other = enrol(tenant.otherOperator());

        MockHttpSession session = signInWithPassword(tenant.operator());
        assertThat(redirect(post("/login/code").param("code", other.nextCode()).with(csrf()), session))
                .endsWith("/login/code?error");
        assertThat(authentication(session).getName()).isEqualTo(tenant.operator().email());
        assertServicesRefused(session);
    }

    @Test
    void wrongCodesAreThrottled() throws Exception {
        Enrolled operator = enrol(tenant.operator());
        MockHttpSession session = signInWithPassword(tenant.operator());
        for (int attempt = 0; attempt < CodeThrottle.FREE_ATTEMPTS; attempt++) {
            redirect(post("/login/code").param("code", operator.wrongCode()).with(csrf()), session);
        }
        assertThat(redirect(post("/login/code").param("code", operator.nextCode()).with(csrf()), session))
                .endsWith("/login/code?throttled");
        assertServicesRefused(session);
    }

    @Test
    void whereThePolicyRequiresItEnrolmentComesFirst() throws Exception {
        SignedIn.run(tenant.admin(), () -> secondFactors.changePolicy(new SecondFactorPolicy(true, false)));

        MockHttpSession staff = signInWithPassword(tenant.operator());
        assertThat(redirect(page("/communities"), staff)).endsWith("/login/code");
        assertServicesRefused(staff);
        // The enrolment step is open to the half-signed-in user, and completes the same sign-in.
        asSessionUser(staff, () -> {
            assertThat(CurrentUser.get()).isEmpty();
            Enrolment enrolment = secondFactors.start();
            byte[] secret = Base32.decode(enrolment.secret());
            assertThat(secondFactors.confirm(enrolment.secret(), Totp.code(secret, Totp.step(Instant.now()))))
                    .hasSize(RecoveryCodes.COUNT);
        });
        assertThat(auditEvents(tenant, "enabled")).isEqualTo(1);
        assertThat(inTenant(tenant, "select count(*) from audit_entry where tenant_id = ? and entity_type = 'Tenant'"
                + " and changes ->> 'twoFactorRequiredForStaff' is not null", Integer.class, tenant.tenantId()))
                .isEqualTo(1);

        // Client users were not required: the password is enough for them.
        MockHttpSession client = signInWithPassword(tenant.clientUser());
        assertThat(authentication(client).getAuthorities()).extracting(a -> a.getAuthority())
                .doesNotContain(SignInFactors.SECOND_FACTOR_REQUIRED);
    }

    @Test
    void usersWithoutASecondFactorSignInWithThePasswordAlone() throws Exception {
        MockHttpSession session = signInWithPassword(tenant.operator());
        assertThat(mvc.perform(get("/export/communities/" + tenant.communityId() + "/members.csv").session(session))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        asSessionUser(session, () -> assertThat(accounts.operators()).isNotEmpty());
    }

    @Test
    void platformAdminsAlwaysNeedTheSecondFactor() throws Exception {
        AppPrincipal admin = tenants.platformAdmin();
        MockHttpSession session = signInWithPassword(admin);
        assertThat(authentication(session).getAuthorities()).extracting(a -> a.getAuthority())
                .contains(SignInFactors.SECOND_FACTOR_REQUIRED);
        asSessionUser(session, () -> {
            assertThatThrownBy(() -> platformTenants.tenantAdmins(tenant.tenantId()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(secondFactors.status().required()).isTrue();
            assertThat(secondFactors.status().enabled()).isFalse();
        });
        assertThat(redirect(page("/tenants"), session)).endsWith("/login/code");
    }

    @Test
    void aTenantAdminResetsAPersonsSecondFactorWithAnAuditEntry() throws Exception {
        enrol(tenant.operator());
        SignedIn.run(tenant.admin(), () -> {
            assertThat(secondFactors.enrolledPeople()).containsExactly(tenant.operator().userId());
            secondFactors.reset(tenant.operator().userId());
            assertThat(secondFactors.enrolledPeople()).isEmpty();
        });
        assertThat(auditEvents(tenant, "reset")).isEqualTo(1);
        MockHttpSession session = signInWithPassword(tenant.operator());
        assertThat(authentication(session).getAuthorities()).extracting(a -> a.getAuthority())
                .doesNotContain(SignInFactors.SECOND_FACTOR_REQUIRED);
    }

    @Test
    void thePlatformAdminResetsATenantAdminsSecondFactorInThatTenantsLog() throws Exception {
        enrol(tenant.admin());
        enrol(tenant.operator());
        AppPrincipal platform = tenants.platformAdmin();
        SignedIn.run(platform, () -> platformTenants.resetAdminSecondFactor(tenant.tenantId(), tenant.admin().userId()));
        assertThat(auditEvents(tenant, "reset")).isEqualTo(1);
        assertThat(inTenant(tenant, "select count(*) from audit_entry where tenant_id = ? and action = 'ACCESS'"
                + " and changes ->> 'purpose' = 'tenant.resetAdminSecondFactor'", Integer.class, tenant.tenantId()))
                .isEqualTo(1);
        // Not the tenant's other people: they are the tenant's own business.
        assertThatThrownBy(() -> SignedIn.run(platform, () -> platformTenants.resetAdminSecondFactor(
                tenant.tenantId(), tenant.operator().userId())))
                .isInstanceOf(app.communityops.shared.NotFoundException.class);
    }

    record Enrolled(byte[] secret, List<String> recoveryCodes) {

        /** The next time step's code: the current one was used by the enrolment itself. */
        String nextCode() {
            return Totp.code(secret, Totp.step(Instant.now()) + 1);
        }

        String wrongCode() {
            String right = nextCode();
            return right.equals("000000") ? "111111" : "000000";
        }
    }

    private Enrolled enrol(AppPrincipal user) {
        return SignedIn.as(user, () -> {
            Enrolment enrolment = secondFactors.start();
            byte[] secret = Base32.decode(enrolment.secret());
            List<String> codes = secondFactors.confirm(enrolment.secret(),
                    Totp.code(secret, Totp.step(Instant.now())));
            return new Enrolled(secret, codes);
        });
    }

    /** A page load, as a browser asks for it. */
    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder page(String path) {
        return get(path).accept(org.springframework.http.MediaType.TEXT_HTML);
    }

    private MockHttpSession signInWithPassword(AppPrincipal user) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", user.email())
                .param("password", TestTenants.PASSWORD).with(csrf())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) result.getRequest().getSession();
    }

    private String redirect(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                            MockHttpSession session) throws Exception {
        String location = mvc.perform(request.session(session)).andReturn().getResponse().getRedirectedUrl();
        return location == null ? "" : location;
    }

    private static Authentication authentication(MockHttpSession session) {
        SecurityContext stored = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(stored).as("a sign-in in the session").isNotNull();
        return stored.getAuthentication();
    }

    private void assertServicesRefused(MockHttpSession session) {
        asSessionUser(session, () -> {
            assertThatThrownBy(() -> accounts.operators()).isInstanceOf(AccessDeniedException.class);
            assertThat(CurrentUser.get()).isEmpty();
        });
    }

    private static void asSessionUser(MockHttpSession session, Runnable work) {
        SecurityContextHolder.getContext().setAuthentication(authentication(session));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private int auditEvents(TestTenants.Fixture fixture, String event) {
        return inTenant(fixture, "select count(*) from audit_entry where tenant_id = ? and (changes ->> 'twoFactor' = ?"
                + " or changes ->> 'signIn' = ?)", Integer.class, fixture.tenantId(), event, event);
    }

    /** Audit entries are under row-level security: read them as the tenant. */
    private int inTenant(TestTenants.Fixture fixture, String sql, Class<Integer> type, Object... args) {
        return app.communityops.shared.TenantContext.callAs(fixture.tenantId(),
                () -> new org.springframework.transaction.support.TransactionTemplate(transactionManager)
                        .execute(status -> jdbc.queryForObject(sql, type, args)));
    }
}
