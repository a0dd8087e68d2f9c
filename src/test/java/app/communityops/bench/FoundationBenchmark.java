package app.communityops.bench;

import static app.communityops.bench.Figures.report;

import app.communityops.community.CommunityService;
import app.communityops.shared.TenantContext;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Costs of the foundation, measured on the real stack (embedded PostgreSQL, RLS, Argon2). Runs only with
 * {@code -Pbench}; prints one {@code BENCH name value unit} line per figure. Method: warm-up, then the median
 * (p50) or the 95th percentile of repeated calls, measured with System.nanoTime.
 */
@IntegrationTest
class FoundationBenchmark {

    @Autowired
    private TestTenants tenants;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PlatformTransactionManager transactionManager;
    @Autowired
    private CommunityService communities;
    @Autowired
    private AuthenticationManager authenticationManager;

    @Test
    void tenantScopedTransactionOverhead() {
        TestTenants.Fixture tenant = tenants.create();
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        transactions.setReadOnly(true);
        Runnable work = () -> transactions.executeWithoutResult(s -> jdbc.queryForObject("select 1", Integer.class));
        double withoutTenant = p50Micros(work, 3000);
        double withTenant = TenantContext.callAs(tenant.tenantId(), () -> p50Micros(work, 3000));
        report("tenant_tx_p50", withTenant, "us");
        report("tenant_tx_overhead_p50", withTenant - withoutTenant, "us");
    }

    @Test
    void communityListOfALargeTenant() {
        TestTenants.Fixture tenant = tenants.create();
        tenants.communities(tenant, "Bench community ", 1000);
        double p95 = SignedIn.as(tenant.admin(), () -> percentileMillis(() -> communities.visible(), 200, 0.95));
        report("community_list_1000_p95", p95, "ms");
    }

    @Test
    void signIn() {
        TestTenants.Fixture tenant = tenants.create();
        double p50 = percentileMillis(() -> authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(tenant.admin().email(), TestTenants.PASSWORD)),
                30, 0.5);
        report("sign_in_p50", p50, "ms");
    }

    private static double p50Micros(Runnable work, int runs) {
        return percentileMillis(work, runs, 0.5) * 1000;
    }

    private static double percentileMillis(Runnable work, int runs, double percentile) {
        for (int i = 0; i < Math.max(5, runs / 10); i++) {
            work.run();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(millis);
        return millis[(int) Math.min(runs - 1, Math.floor(percentile * runs))];
    }

}
