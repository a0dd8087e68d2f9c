package app.communityops.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.communityops.testing.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * A start on a database migrated with the same changelogs skips Liquibase; any change to them runs it, under the
 * migration lock, and records the new fingerprint (docs/performance.md, "Start-up").
 */
@IntegrationTest
class MigrationFingerprintTest {

    private static final String MASTER = "classpath:db/changelog/db.changelog-master.yaml";

    /** The application's own Liquibase bean: it migrates as the schema owner. */
    @Autowired
    SpringLiquibase applicationLiquibase;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theStartRecordsTheFingerprintOfTheChangelogsItMigratedWith() {
        assertThat(owner().queryForObject("select fingerprint from changelog_fingerprint", String.class))
                .isEqualTo(MigrationLock.fingerprint(node()))
                .hasSize(64);
    }

    @Test
    void aStartWithUnchangedChangelogsDoesNotRunLiquibaseNorTakeTheLock() {
        SpringLiquibase liquibase = node();
        new MigrationLock().postProcessBeforeInitialization(liquibase, "liquibase");

        assertThat(ReflectionTestUtils.getField(liquibase, "shouldRun")).isEqualTo(false);
        assertThat(advisoryLocks()).isZero();
    }

    @Test
    void aStartWithOtherChangelogsRunsLiquibaseUnderTheLockAndRecordsTheirFingerprint() throws Exception {
        owner().update("update changelog_fingerprint set fingerprint = 'an older set of changelogs'");
        SpringLiquibase liquibase = node();
        MigrationLock lock = new MigrationLock();

        lock.postProcessBeforeInitialization(liquibase, "liquibase");
        assertThat(ReflectionTestUtils.getField(liquibase, "shouldRun")).isEqualTo(true);
        assertThat(advisoryLocks()).isEqualTo(1);
        liquibase.afterPropertiesSet();
        lock.postProcessAfterInitialization(liquibase, "liquibase");

        assertThat(owner().queryForObject("select fingerprint from changelog_fingerprint", String.class))
                .isEqualTo(MigrationLock.fingerprint(liquibase));
        await().atMost(Duration.ofSeconds(10)).until(() -> advisoryLocks() == 0);
    }

    @Test
    void theFingerprintChangesWithAnyChangelogFileAndWithWhatLiquibaseIsAskedToRun(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("master.yaml"), "databaseChangeLog:\n  - includeAll:\n      path: 2026/\n");
        Files.createDirectories(dir.resolve("2026"));
        Files.writeString(dir.resolve("2026/01-a.sql"), "--liquibase formatted sql\n--changeset a:1\nselect 1;\n");
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setResourceLoader(new DefaultResourceLoader());
        liquibase.setChangeLog(dir.resolve("master.yaml").toUri().toString());
        String first = MigrationLock.fingerprint(liquibase);

        assertThat(MigrationLock.fingerprint(liquibase)).as("stable").isEqualTo(first);
        Files.writeString(dir.resolve("2026/01-a.sql"), "--liquibase formatted sql\n--changeset a:1\nselect 2;\n");
        String edited = MigrationLock.fingerprint(liquibase);
        assertThat(edited).isNotEqualTo(first);
        Files.writeString(dir.resolve("2026/02-b.sql"), "--liquibase formatted sql\n--changeset b:1\nselect 3;\n");
        String added = MigrationLock.fingerprint(liquibase);
        assertThat(added).isNotIn(first, edited);
        liquibase.setContexts("other");
        assertThat(MigrationLock.fingerprint(liquibase)).isNotIn(first, edited, added);
        liquibase.setDropFirst(true);
        assertThat(MigrationLock.fingerprint(liquibase)).as("a run that drops everything is never skipped").isNull();
    }

    /** A node's Liquibase as the application configures it: the owner's connections, the master changelog. */
    private SpringLiquibase node() {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(applicationLiquibase.getDataSource());
        liquibase.setResourceLoader(applicationLiquibase.getResourceLoader());
        liquibase.setChangeLog(MASTER);
        liquibase.setChangeLogParameters(java.util.Map.of("app_role", jdbc.queryForObject("select current_user",
                String.class)));
        return liquibase;
    }

    private JdbcTemplate owner() {
        DataSource dataSource = applicationLiquibase.getDataSource();
        return new JdbcTemplate(dataSource);
    }

    private Integer advisoryLocks() {
        return jdbc.queryForObject("select count(*) from pg_locks where locktype = 'advisory'"
                + " and (classid::bigint << 32 | objid::bigint) = ?", Integer.class, MigrationLock.KEY);
    }
}
