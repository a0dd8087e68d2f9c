package app.communityops.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.communityops.testing.IntegrationTest;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two nodes starting together: the second node's migration waits until the first node's has finished, so they never
 * both create Liquibase's tables on an empty database. Each "node" here is a {@link SpringLiquibase} of its own with
 * its own connections; the lock is taken before Liquibase runs (before initialisation) and released after it.
 */
@IntegrationTest
class MigrationLockTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSecondNodesMigrationWaitsForTheFirstNodes() {
        MigrationLock nodeA = new MigrationLock();
        MigrationLock nodeB = new MigrationLock();
        SpringLiquibase migrationA = liquibase();
        SpringLiquibase migrationB = liquibase();

        nodeA.postProcessBeforeInitialization(migrationA, "liquibase");
        AtomicBoolean bMigrating = new AtomicBoolean();
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> {
            nodeB.postProcessBeforeInitialization(migrationB, "liquibase");
            bMigrating.set(true);
        });
        await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(2)).until(() -> !bMigrating.get());
        assertThat(waiting()).as("node B waits on the advisory lock").isEqualTo(1);

        nodeA.postProcessAfterInitialization(migrationA, "liquibase");
        await().atMost(Duration.ofSeconds(10)).untilTrue(bMigrating);
        b.join();
        nodeB.postProcessAfterInitialization(migrationB, "liquibase");
        // Released when the server has ended the closed connection's session.
        await().atMost(Duration.ofSeconds(10)).until(() -> held() == 0);
    }

    private SpringLiquibase liquibase() {
        HikariDataSource pool = (HikariDataSource) dataSource;
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(new DriverManagerDataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword()));
        return liquibase;
    }

    private Integer waiting() {
        return jdbc.queryForObject("select count(*) from pg_locks where locktype = 'advisory' and not granted"
                + " and (classid::bigint << 32 | objid::bigint) = ?", Integer.class, MigrationLock.KEY);
    }

    private Integer held() {
        return jdbc.queryForObject("select count(*) from pg_locks where locktype = 'advisory'"
                + " and (classid::bigint << 32 | objid::bigint) = ?", Integer.class, MigrationLock.KEY);
    }
}
