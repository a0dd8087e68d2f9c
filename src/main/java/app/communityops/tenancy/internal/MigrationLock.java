package app.communityops.tenancy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanInitializationException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.stereotype.Component;

/**
 * One node at a time runs the migrations, and only when there is something to migrate.
 *
 * <p>Liquibase's own lock lives in a table that the first run creates: two nodes started together on an empty
 * database both created {@code databasechangelog}, and one of them failed to start ("relation databasechangelog
 * already exists"; seen by ops/two-nodes/check.sh). Around Liquibase's run this holds a PostgreSQL advisory lock,
 * which needs no table, on a connection of its own: a second node waits until the first has migrated, then finds
 * the database up to date. Closing the connection releases the lock, also when the process dies.
 *
 * <p>A successful run records the fingerprint of the changelog files (SHA-256 over their paths and contents, and
 * the settings that choose what runs) in {@code changelog_fingerprint}. A start whose files have the fingerprint
 * found there has nothing to migrate: Liquibase is not run at all (it would read and parse every changelog and
 * compare checksums, about a second of a start; docs/performance.md, "Start-up"). The fingerprint is read without
 * the lock: a node that reads it while another migrates finds the old one, waits for the lock and lets Liquibase
 * check. Any other difference (a new or edited changelog, another Liquibase version, a table without the row) runs
 * Liquibase as before, with its checksum validation.
 */
@Component
class MigrationLock implements BeanPostProcessor {

    /** The advisory lock's key: any constant that nothing else in the database uses. */
    static final long KEY = 0x436f6d6d4f707300L;

    private static final Logger log = LoggerFactory.getLogger(MigrationLock.class);

    private final Map<String, Held> held = new ConcurrentHashMap<>();

    private record Held(Connection connection, @Nullable String fingerprint) {
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof SpringLiquibase liquibase && liquibase.getDataSource() != null) {
            String fingerprint = fingerprint(liquibase);
            Connection connection = connect(liquibase.getDataSource());
            if (fingerprint != null && fingerprint.equals(recorded(connection))) {
                close(connection);
                liquibase.setShouldRun(false);
                log.info("Database schema up to date with the changelogs (fingerprint {}): Liquibase not run",
                        fingerprint.substring(0, 12));
            } else {
                lock(connection);
                held.put(beanName, new Held(connection, fingerprint));
            }
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        Held migrated = held.remove(beanName);
        if (migrated != null) {
            // Only reached when Liquibase's run succeeded: a failed one fails the bean and the start.
            if (migrated.fingerprint() != null) {
                record(migrated.connection(), migrated.fingerprint());
            }
            close(migrated.connection());
        }
        return bean;
    }

    /**
     * The changelog files' fingerprint, or null when it cannot stand for what Liquibase would do (no changelog
     * location, or a setting that changes the database whatever the files say).
     */
    static @Nullable String fingerprint(SpringLiquibase liquibase) {
        String changeLog = liquibase.getChangeLog();
        if (changeLog == null || changeLog.lastIndexOf('/') < 0 || liquibase.isDropFirst()
                || liquibase.isClearCheckSums() || liquibase.getTag() != null) {
            return null;
        }
        ResourcePatternResolver resolver = ResourcePatternUtils.getResourcePatternResolver(
                Objects.requireNonNullElseGet(liquibase.getResourceLoader(), DefaultResourceLoader::new));
        String folder = changeLog.substring(0, changeLog.lastIndexOf('/') + 1);
        try {
            String root = resolver.getResource(folder).getURL().toString();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String setting : new String[] {changeLog, liquibase.getContexts(), liquibase.getLabelFilter(),
                    liquibase.getDefaultSchema(), liquibase.getLiquibaseSchema(),
                    liquibase.getDatabaseChangeLogTable(), SpringLiquibase.class.getPackage().getImplementationVersion()}) {
                sha.update(String.valueOf(setting).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            Resource[] files = resolver.getResources(folder + "**/*");
            Arrays.sort(files, Comparator.comparing(MigrationLock::url));
            for (Resource file : files) {
                String url = url(file);
                if (url.endsWith("/") || !file.isReadable()) {
                    continue;
                }
                sha.update((url.startsWith(root) ? url.substring(root.length()) : url).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                try (InputStream in = file.getInputStream()) {
                    sha.update(in.readAllBytes());
                }
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            log.warn("Could not read the changelogs' fingerprint; Liquibase runs and checks them", e);
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String url(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Connection connect(DataSource dataSource) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new BeanInitializationException("Could not connect to migrate the database", e);
        }
    }

    /** The fingerprint recorded by the last successful migration, or null (none yet, or no table before it). */
    private static @Nullable String recorded(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet table = statement.executeQuery("select to_regclass('changelog_fingerprint') is not null")) {
                if (!table.next() || !table.getBoolean(1)) {
                    return null;
                }
            }
            try (ResultSet row = statement.executeQuery("select fingerprint from changelog_fingerprint")) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            log.warn("Could not read the recorded changelog fingerprint; Liquibase runs and checks", e);
            return null;
        }
    }

    private static void record(Connection connection, String fingerprint) {
        try (PreparedStatement statement = connection.prepareStatement("insert into changelog_fingerprint"
                + " (fingerprint, recorded_at) values (?, now()) on conflict (id) do update"
                + " set fingerprint = excluded.fingerprint, recorded_at = excluded.recorded_at")) {
            statement.setString(1, fingerprint);
            statement.executeUpdate();
        } catch (SQLException e) {
            // Not fatal: the next start runs Liquibase again and tries once more.
            log.warn("Could not record the changelogs' fingerprint", e);
        }
    }

    private static void lock(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            if (!tryLock(statement)) {
                log.info("Another node is migrating the database; waiting for it to finish");
                statement.execute("select pg_advisory_lock(" + KEY + ")");
            }
        } catch (SQLException | RuntimeException e) {
            close(connection);
            throw new BeanInitializationException("Could not take the migration lock", e);
        }
    }

    private static boolean tryLock(Statement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery("select pg_try_advisory_lock(" + KEY + ")")) {
            return result.next() && result.getBoolean(1);
        }
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            log.warn("Could not close the migration lock's connection; it ends with the process", e);
        }
    }
}
