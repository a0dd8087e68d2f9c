package app.communityops.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.clients.ClientService;
import app.communityops.clients.ClientSummary;
import app.communityops.shared.TenantContext;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tenant reaches PostgreSQL as a transaction-local setting on pooled connections. These tests look for the
 * ways that could go wrong: a setting that outlives its transaction, a connection handed from one tenant's work
 * to another's, two threads interleaving, and work for one tenant joining a transaction opened for another.
 */
@IntegrationTest
class TenantSettingLeakTest {

    private static final String SETTING = "select current_setting('app.tenant_id', true)";

    @Autowired
    TestTenants tenants;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entityManager;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    DataSource dataSource;
    @Autowired
    Environment environment;
    @Autowired
    ClientService clients;

    private TransactionTemplate transactions;
    private Fixture a;
    private Fixture b;

    @BeforeEach
    void twoTenants() {
        transactions = new TransactionTemplate(transactionManager);
        a = tenants.create();
        b = tenants.create();
    }

    @Test
    void aTransactionLocalSettingIsGoneForTheNextTransactionOnTheSameConnection() throws SQLException {
        try (HikariDataSource pool = poolOfOne()) {
            int backend;
            try (Connection connection = pool.getConnection()) {
                backend = backendPid(connection);
                connection.setAutoCommit(false);
                setTenant(connection, a.tenantId(), true);
                assertThat(setting(connection)).isEqualTo(a.tenantId().toString());
                assertThat(count(connection, "select count(*) from community")).isEqualTo(3);
                connection.commit();

                assertThat(setting(connection)).isNullOrEmpty();
                assertThat(count(connection, "select count(*) from community")).isZero();
                setTenant(connection, b.tenantId(), true);
                connection.rollback();
                assertThat(setting(connection)).isNullOrEmpty();
                connection.commit();
            }
            try (Connection connection = pool.getConnection()) {
                assertThat(backendPid(connection)).as("the pool of one hands out the same connection").isEqualTo(backend);
                assertThat(setting(connection)).isNullOrEmpty();
                assertThat(count(connection, "select count(*) from community")).isZero();
            }
        }
    }

    @Test
    void aSessionLevelSettingWouldSurviveTheTransactionWhichIsWhyTheAppNeverUsesOne() throws SQLException {
        // Shows that the check above can fail: the same steps with is_local = false leak to the next borrower.
        try (HikariDataSource pool = poolOfOne()) {
            try (Connection connection = pool.getConnection()) {
                connection.setAutoCommit(false);
                setTenant(connection, a.tenantId(), false);
                connection.commit();
            }
            try (Connection connection = pool.getConnection()) {
                assertThat(setting(connection)).isEqualTo(a.tenantId().toString());
                assertThat(count(connection, "select count(*) from community")).isEqualTo(3);
            }
        }
    }

    @Test
    void alternatingTenantsEachTransactionSeesItsOwnTenantOnly() throws SQLException {
        for (int i = 0; i < 200; i++) {
            Fixture tenant = i % 2 == 0 ? a : b;
            List<String> problems = TenantContext.callAs(tenant.tenantId(), () -> transactions.execute(status -> check(tenant)));
            assertThat(problems).as("iteration %d", i).isEmpty();
        }
        assertEveryPooledConnectionIsClean();
    }

    @Test
    void twoThreadsInterleavingTenantsNeverSeeTheOtherTenantsRows() throws Exception {
        int iterations = 100;
        Queue<String> problems = new ConcurrentLinkedQueue<>();
        AtomicInteger checked = new AtomicInteger();
        // Both threads meet inside their transactions, so every iteration has one open for each tenant at once.
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Void>> workers = new ArrayList<>();
            for (int worker = 0; worker < 2; worker++) {
                int offset = worker;
                workers.add(() -> {
                    for (int i = 0; i < iterations; i++) {
                        Fixture tenant = (i + offset) % 2 == 0 ? a : b;
                        problems.addAll(TenantContext.callAs(tenant.tenantId(), () -> transactions.execute(status -> {
                            meet(together);
                            return check(tenant);
                        })));
                        checked.incrementAndGet();
                    }
                    return null;
                });
            }
            for (Future<Void> done : threads.invokeAll(workers, 2, TimeUnit.MINUTES)) {
                done.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(checked).hasValue(2 * iterations);
        assertThat(problems).isEmpty();
        assertEveryPooledConnectionIsClean();
    }

    @Test
    void workForAnotherTenantCannotJoinATransactionOpenedForTheFirst() {
        assertThatThrownBy(() -> SignedIn.run(a.admin(), () -> transactions.executeWithoutResult(outer ->
                TenantContext.runAs(b.tenantId(), () -> transactions.executeWithoutResult(inner ->
                        jdbc.queryForList("select tenant_id from community", UUID.class))))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("tenant");
        assertThatThrownBy(() -> SignedIn.run(a.admin(), () -> transactions.executeWithoutResult(outer ->
                SignedIn.run(b.admin(), clients::list))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("tenant");
        // The same tenant joins as before, and a new transaction may switch.
        SignedIn.run(a.admin(), () -> transactions.executeWithoutResult(outer -> {
            List<ClientSummary> joined = TenantContext.callAs(a.tenantId(), clients::list);
            assertThat(joined).hasSize(2);
            TransactionTemplate separate = new TransactionTemplate(transactionManager);
            separate.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
            List<UUID> switched = TenantContext.callAs(b.tenantId(), () -> separate.execute(inner ->
                    jdbc.queryForList("select tenant_id from community", UUID.class)));
            assertThat(switched).containsOnly(b.tenantId());
        }));
    }

    private static void meet(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("The other thread did not reach its transaction", e);
        }
    }

    /** What went wrong inside one tenant's transaction, if anything: both the setting and both query paths. */
    private List<String> check(Fixture tenant) {
        List<String> problems = new ArrayList<>();
        String setting = jdbc.queryForObject(SETTING, String.class);
        if (!tenant.tenantId().toString().equals(setting)) {
            problems.add("setting " + setting + " in a transaction of " + tenant.tenantId());
        }
        List<UUID> sqlTenants = jdbc.queryForList("select tenant_id from community", UUID.class);
        if (sqlTenants.size() != 3 || !Set.copyOf(sqlTenants).equals(Set.of(tenant.tenantId()))) {
            problems.add("SQL saw tenants " + sqlTenants + " as " + tenant.tenantId());
        }
        List<UUID> hibernateIds = entityManager.createQuery("select c.id from Community c", UUID.class).getResultList();
        Set<UUID> own = Set.of(tenant.communityId(), tenant.unassignedCommunityId(), tenant.otherClientCommunityId());
        if (!Set.copyOf(hibernateIds).equals(own)) {
            problems.add("JPQL saw communities " + hibernateIds + " as " + tenant.tenantId());
        }
        return problems;
    }

    private void assertEveryPooledConnectionIsClean() throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        List<Connection> borrowed = new ArrayList<>();
        try {
            for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                borrowed.add(pool.getConnection());
            }
            for (Connection connection : borrowed) {
                assertThat(setting(connection)).as("setting left on a pooled connection").isNullOrEmpty();
                assertThat(count(connection, "select count(*) from community")).isZero();
            }
        } finally {
            for (Connection connection : borrowed) {
                connection.close();
            }
        }
    }

    private HikariDataSource poolOfOne() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(environment.getRequiredProperty("spring.datasource.url"));
        config.setUsername(environment.getRequiredProperty("spring.datasource.username"));
        config.setPassword(environment.getRequiredProperty("spring.datasource.password"));
        config.setMaximumPoolSize(1);
        config.setMinimumIdle(1);
        config.setPoolName("tenant-setting-leak-test");
        return new HikariDataSource(config);
    }

    private static void setTenant(Connection connection, UUID tenant, boolean local) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select set_config('app.tenant_id', ?, ?)")) {
            statement.setString(1, tenant.toString());
            statement.setBoolean(2, local);
            statement.execute();
        }
    }

    private static String setting(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SETTING);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static int backendPid(Connection connection) throws SQLException {
        return count(connection, "select pg_backend_pid()");
    }

    private static int count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
