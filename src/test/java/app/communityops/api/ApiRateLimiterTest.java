package app.communityops.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.communityops.shared.TenantContext;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A key's rate limit holds across nodes: two limiters on the same database (two application nodes behind a load
 * balancer) spend from one bucket, also when their requests race. Each node's own bucket in memory would have let
 * the key through twice as often. The same per-request call sees a key revoked, or its maker disabled, through
 * another node at once, although this node still remembers the key.
 */
@IntegrationTest
class ApiRateLimiterTest {

    /** A refill of one token per 1,000 s: nothing comes back while the test runs. */
    private static final double ALMOST_NO_REFILL = 0.001;
    private static final int BURST = 8;

    @Autowired
    TestTenants tenants;
    @Autowired
    ApiFixture api;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    ApiKeyAuthenticator authenticator;

    private ApiCaller caller;

    @BeforeEach
    void key() {
        CreatedApiKey key = api.key(tenants.create(), Set.of(ApiScope.READ));
        caller = authenticator.authenticate(key.token()).orElseThrow();
    }

    @Test
    void twoNodesSpendFromOneBucketPerKey() {
        ApiRateLimiter nodeA = node(ALMOST_NO_REFILL, BURST);
        ApiRateLimiter nodeB = node(ALMOST_NO_REFILL, BURST);
        int granted = 0;
        for (int i = 0; i < 3 * BURST; i++) {
            if ((i % 2 == 0 ? nodeA : nodeB).acquire(caller).goAhead()) {
                granted++;
            }
        }
        assertThat(granted).isEqualTo(BURST);
        assertThat(nodeA.acquire(caller).retryAfter()).as("the wait until the next token")
                .isGreaterThan(Duration.ofSeconds(900));
    }

    @Test
    void racingRequestsOnTwoNodesNeverSpendATokenTwice() throws Exception {
        List<ApiRateLimiter> nodes = List.of(node(ALMOST_NO_REFILL, BURST), node(ALMOST_NO_REFILL, BURST));
        List<Callable<Boolean>> requests = new ArrayList<>();
        for (int i = 0; i < 4 * BURST; i++) {
            ApiRateLimiter node = nodes.get(i % 2);
            requests.add(() -> node.acquire(caller).goAhead());
        }
        ExecutorService threads = Executors.newFixedThreadPool(6);
        int granted = 0;
        try {
            for (Future<Boolean> answer : threads.invokeAll(requests)) {
                granted += answer.get() ? 1 : 0;
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(granted).isEqualTo(BURST);
    }

    @Test
    void tokensComeBackAtTheRate() {
        ApiRateLimiter limiter = node(20, 2);
        assertThat(limiter.acquire(caller).goAhead()).isTrue();
        assertThat(limiter.acquire(caller).goAhead()).isTrue();
        Duration wait = limiter.acquire(caller).retryAfter();
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMillis(50));

        await().atMost(Duration.ofSeconds(2)).until(() -> limiter.acquire(caller).goAhead());
    }

    @Test
    void aKeyRevokedThroughAnotherNodeIsRefusedAtThisNodesNextRequest() throws Exception {
        TestTenants.Fixture tenant = tenants.create();
        CreatedApiKey key = api.key(tenant, Set.of(ApiScope.READ));
        MockMvc mvc = api.mvc();
        mvc.perform(get("/api/v1/communities").header("Authorization", ApiFixture.bearer(key)))
                .andExpect(status().isOk());

        // The other node's revocation: committed in the database, and no event reaches this node's memory of keys.
        TenantContext.runAs(tenant.tenantId(), () -> new TransactionTemplate(transactionManager).executeWithoutResult(
                status -> jdbc.update("update api_key set revoked_at = now() where id = ?", key.key().id())));

        mvc.perform(get("/api/v1/communities").header("Authorization", ApiFixture.bearer(key)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aKeyWhoseMakerWasDisabledThroughAnotherNodeIsRefusedAtThisNodesNextRequest() {
        TestTenants.Fixture tenant = tenants.create();
        ApiCaller keyCaller = authenticator.authenticate(api.key(tenant, Set.of(ApiScope.READ)).token()).orElseThrow();
        assertThat(node(50, 100).acquire(keyCaller).usable()).isTrue();

        TenantContext.runAs(tenant.tenantId(), () -> new TransactionTemplate(transactionManager).executeWithoutResult(
                status -> jdbc.update("update user_account set enabled = false where id = ?",
                        tenant.admin().userId())));

        assertThat(node(50, 100).acquire(keyCaller).usable()).isFalse();
    }

    private ApiRateLimiter node(double rate, double burst) {
        return new ApiRateLimiter(rate, burst, jdbc, transactionManager);
    }
}
