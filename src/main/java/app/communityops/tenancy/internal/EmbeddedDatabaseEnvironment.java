package app.communityops.tenancy.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL from a Maven artifact when no database URL is configured, so the console runs with
 * nothing installed. It creates the same two roles a production database has: the owner that Liquibase migrates
 * as, and the application role that is neither owner nor superuser and so is subject to row-level security.
 *
 * <p>With {@code communityops.embedded-db.data-dir} set (the default, {@code data/postgres}) the data survives
 * restarts; left empty, a throw-away directory is used (tests).
 */
public class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor {

    static final String DATABASE = "communityops";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty("communityops.embedded-db.enabled", Boolean.class, true)) {
            return;
        }
        String owner = environment.getRequiredProperty("spring.liquibase.user");
        String ownerPassword = environment.getRequiredProperty("spring.liquibase.password");
        String app = environment.getRequiredProperty("spring.datasource.username");
        String appPassword = environment.getRequiredProperty("spring.datasource.password");

        EmbeddedPostgres postgres = start(environment.getProperty("communityops.embedded-db.data-dir", ""),
                environment.getProperty("communityops.embedded-db.port", Integer.class, 0));
        createRolesAndDatabase(postgres, owner, ownerPassword, app, appPassword);

        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE);
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", properties));
    }

    private static EmbeddedPostgres start(String dataDir, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setServerConfig("max_connections", "100");
            if (StringUtils.hasText(dataDir)) {
                Path directory = Path.of(dataDir).toAbsolutePath();
                Files.createDirectories(directory.getParent());
                builder.setDataDirectory(directory).setCleanDataDirectory(false);
            }
            if (port > 0) {
                builder.setPort(port);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    private static void createRolesAndDatabase(EmbeddedPostgres postgres, String owner, String ownerPassword,
                                               String app, String appPassword) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            if (!exists(connection, "select 1 from pg_roles where rolname = ?", owner)) {
                statement.execute("create role " + identifier(owner) + " login password " + literal(ownerPassword));
            }
            if (!exists(connection, "select 1 from pg_roles where rolname = ?", app)) {
                statement.execute("create role " + identifier(app) + " login nosuperuser nobypassrls password "
                        + literal(appPassword));
            }
            if (!exists(connection, "select 1 from pg_database where datname = ?", DATABASE)) {
                statement.execute("create database " + DATABASE + " owner " + identifier(owner));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded PostgreSQL", e);
        }
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static String identifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Unsupported role name: " + name);
        }
        return name;
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
