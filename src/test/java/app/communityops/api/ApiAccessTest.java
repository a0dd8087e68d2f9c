package app.communityops.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.communityops.members.MemberService;
import app.communityops.members.MembershipSummary;
import app.communityops.shared.TenantContext;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Keys, scopes, tenants and communities: who gets what through the API, and what idempotent retries write. */
@IntegrationTest
class ApiAccessTest {

    @Autowired
    TestTenants tenants;
    @Autowired
    ApiFixture api;
    @Autowired
    ApiKeyService keys;
    @Autowired
    MemberService members;
    @Autowired
    ApiKeyAuthenticator authenticator;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    private MockMvc mvc;
    private TestTenants.Fixture tenant;
    private TestTenants.Fixture other;
    private MembershipSummary otherMembership;

    @BeforeEach
    void setUp() {
        mvc = api.mvc();
        tenant = tenants.create();
        other = tenants.create();
        otherMembership = SignedIn.as(other.admin(), () -> members.addToCommunity(other.communityId(),
                EventsApiTest.member("Other", "other-" + other.tenantId(), "other-ext")));
    }

    /** Every endpoint, given a community and member/application id of the other tenant. */
    static Stream<String> endpoints() {
        return Stream.of("GET /api/v1/communities/{c}/members", "GET /api/v1/communities/{c}/members/{m}",
                "PUT /api/v1/communities/{c}/members", "POST /api/v1/communities/{c}/applications",
                "GET /api/v1/communities/{c}/applications/{a}", "POST /api/v1/communities/{c}/events",
                "GET /api/v1/communities/{own}/members/{m}", "GET /api/v1/communities/{own}/applications/{a}");
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void anotherTenantsIdsAreNotFound(String endpoint) throws Exception {
        CreatedApiKey key = api.allScopes(tenant);
        MockHttpServletResponse response = mvc.perform(request(endpoint, other.communityId().toString(),
                tenant.communityId().toString()).header("Authorization", ApiFixture.bearer(key))).andReturn().getResponse();
        assertThat(response.getStatus()).as(endpoint).isEqualTo(404);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(count(other, "select count(*) from member")).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void aKeyRestrictedToOneCommunityFindsNoOther(String endpoint) throws Exception {
        CreatedApiKey key = api.key(tenant, Set.of(ApiScope.values()), tenant.unassignedCommunityId(), false, null);
        int status = mvc.perform(request(endpoint, tenant.communityId().toString(), tenant.communityId().toString())
                .header("Authorization", ApiFixture.bearer(key))).andReturn().getResponse().getStatus();
        assertThat(status).as(endpoint).isEqualTo(404);
    }

    @Test
    void communitiesAreListedWithinTheKeysTenantAndRestriction() throws Exception {
        mvc.perform(get("/api/v1/communities").header("Authorization", ApiFixture.bearer(api.allScopes(tenant))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(3));
        CreatedApiKey restricted = api.key(tenant, Set.of(ApiScope.READ), tenant.communityId(), false, null);
        mvc.perform(get("/api/v1/communities").header("Authorization", ApiFixture.bearer(restricted)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(tenant.communityId().toString()));
    }

    @Test
    void missingWrongRevokedAndExpiredKeysAreUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/communities")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        CreatedApiKey key = api.allScopes(tenant);
        String forged = key.token().substring(0, key.token().length() - 2) + "xx";
        mvc.perform(get("/api/v1/communities").header("Authorization", "Bearer " + forged))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/communities").header("Authorization", ApiFixture.bearer(key))).andExpect(status().isOk());
        SignedIn.run(tenant.admin(), () -> keys.revoke(key.key().id(), key.key().version()));
        mvc.perform(get("/api/v1/communities").header("Authorization", ApiFixture.bearer(key)))
                .andExpect(status().isUnauthorized());

        CreatedApiKey expiring = api.key(tenant, Set.of(ApiScope.READ), null, false, LocalDate.now().plusDays(1));
        mvc.perform(get("/api/v1/communities").header("Authorization", ApiFixture.bearer(expiring)))
                .andExpect(status().isOk());
        TenantContext.runAs(tenant.tenantId(), () -> new TransactionTemplate(transactionManager).executeWithoutResult(
                s -> jdbc.update("update api_key set expires_at = now() - interval '1 second' where id = ?",
                        expiring.key().id())));
        // What the authenticator remembered of the key lapses after its memory time; forget it now instead.
        authenticator.forget(expiring.key().id());
        mvc.perform(get("/api/v1/communities").header("Authorization", ApiFixture.bearer(expiring)))
                .andExpect(status().isUnauthorized());
        assertThat(SignedIn.as(tenant.admin(), () -> keys.list()).stream()
                .filter(k -> k.id().equals(expiring.key().id())).findFirst().orElseThrow().lastUsedAt()).isNotNull();
    }

    @Test
    void scopesAreEnforcedPerEndpoint() throws Exception {
        CreatedApiKey reader = api.key(tenant, Set.of(ApiScope.READ));
        CreatedApiKey writer = api.key(tenant, Set.of(ApiScope.WRITE_MEMBERS, ApiScope.WRITE_EVENTS));
        String c = tenant.communityId().toString();
        assertThat(statusOf(reader, put("/api/v1/communities/" + c + "/members"))).isEqualTo(403);
        assertThat(statusOf(reader, post("/api/v1/communities/" + c + "/applications"))).isEqualTo(403);
        assertThat(statusOf(reader, post("/api/v1/communities/" + c + "/events"))).isEqualTo(403);
        assertThat(statusOf(writer, get("/api/v1/communities"))).isEqualTo(403);
        assertThat(statusOf(writer, get("/api/v1/communities/" + c + "/members"))).isEqualTo(403);
        assertThat(statusOf(writer, post("/api/v1/orders"))).isEqualTo(403);
    }

    @Test
    void anApiKeyCannotManageKeys() {
        CreatedApiKey key = api.allScopes(tenant);
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        try {
            org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .setAuthentication(new ApiKeyAuthentication(new ApiCaller(key.key().id(), tenant.tenantId(), "k",
                            Set.of(ApiScope.values()), null, false)));
            assertThatThrownBy(() -> keys.list()).isInstanceOf(AccessDeniedException.class);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(previous);
        }
        assertThatThrownBy(() -> SignedIn.as(tenant.operator(), () -> keys.list()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyWriteOnceAndAnswerAlike() throws Exception {
        CreatedApiKey key = api.allScopes(tenant);
        String body = "{\"externalId\": \"idem-1\", \"handle\": \"idem\", \"name\": \"Idem Potent\"}";
        Callable<MockHttpServletResponse> call = () -> mvc.perform(put("/api/v1/communities/" + tenant.communityId()
                        + "/members").header("Authorization", ApiFixture.bearer(key)).header("Idempotency-Key", "retry-1")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            var futures = Stream.of(1, 2, 3).map(i -> pool.submit(() -> {
                start.await();
                return call.call();
            })).toList();
            start.countDown();
            for (Future<MockHttpServletResponse> future : futures) {
                MockHttpServletResponse response = future.get();
                assertThat(response.getStatus()).isEqualTo(201);
                assertThat(response.getContentAsString()).isEqualTo(futures.get(0).get().getContentAsString());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(count(tenant, "select count(*) from member where external_id = 'idem-1'")).isEqualTo(1);
        assertThat(call.call().getHeader("Idempotent-Replayed")).isEqualTo("true");
        MockHttpServletResponse different = mvc.perform(put("/api/v1/communities/" + tenant.communityId() + "/members")
                .header("Authorization", ApiFixture.bearer(key)).header("Idempotency-Key", "retry-1")
                .contentType(MediaType.APPLICATION_JSON).content(body.replace("Idem Potent", "Someone Else")))
                .andReturn().getResponse();
        assertThat(different.getStatus()).isEqualTo(422);
        assertThat(count(tenant, "select count(*) from member where name = 'Someone Else'")).isZero();
    }

    private MockHttpServletRequestBuilder request(String endpoint, String community, String own) {
        String[] parts = endpoint.split(" ");
        String path = parts[1].replace("{c}", community).replace("{own}", own)
                .replace("{m}", otherMembership.memberId().toString()).replace("{a}", otherMembership.id().toString());
        MockHttpServletRequestBuilder builder = switch (parts[0]) {
            case "GET" -> get(path);
            case "PUT" -> put(path);
            default -> post(path);
        };
        String body = path.endsWith("/events")
                ? "{\"events\": [{\"type\": \"reply\", \"member\": {\"externalId\": \"other-ext\"}, \"occurredAt\": \""
                + java.time.Instant.now().minusSeconds(60) + "\"}]}"
                : path.endsWith("/applications") ? "{\"member\": {\"externalId\": \"other-ext\", \"handle\": \"x1\"}}"
                : "{\"externalId\": \"other-ext\", \"handle\": \"x2\"}";
        return parts[0].equals("GET") ? builder : builder.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private int statusOf(CreatedApiKey key, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", ApiFixture.bearer(key)).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andReturn().getResponse().getStatus();
    }

    private int count(TestTenants.Fixture fixture, String sql) {
        Integer count = TenantContext.callAs(fixture.tenantId(), () -> new TransactionTemplate(transactionManager)
                .execute(s -> jdbc.queryForObject(sql, Integer.class)));
        return count == null ? 0 : count;
    }
}
