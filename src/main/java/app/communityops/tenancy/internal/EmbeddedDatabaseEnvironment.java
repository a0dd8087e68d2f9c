package app.communityops.tenancy.internal;

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
 * restarts; left empty, a throw-away directory is used (tests). The server itself is {@link EmbeddedPostgresServer}:
 * passwords for every role, loopback only, and durable unless {@code communityops.embedded-db.durable=false} (only
 * the tests' throw-away database).
 */
public class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor {

    static final String DATABASE = "communityops";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // The production build's AOT processing (decision 0038) prepares bean definitions only: no database.
        if (Boolean.getBoolean("spring.aot.processing")
                || StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty("communityops.embedded-db.enabled", Boolean.class, true)) {
            return;
        }
        String dataDir = environment.getProperty("communityops.embedded-db.data-dir", "");
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(
                StringUtils.hasText(dataDir) ? Path.of(dataDir) : null,
                environment.getProperty("communityops.embedded-db.port", Integer.class, 0),
                environment.getProperty("communityops.embedded-db.durable", Boolean.class, true));
        useServer(environment, postgres);
    }

    /** Creates the roles and database on {@code postgres} and points the configuration at it. */
    static void useServer(ConfigurableEnvironment environment, EmbeddedPostgresServer postgres) {
        // Passwords left empty in the configuration are generated once and kept in the data folder.
        String owner = environment.getRequiredProperty("spring.liquibase.user");
        String ownerPassword = passwordOrSecret(environment, "spring.liquibase.password", postgres, "owner.password");
        String app = environment.getRequiredProperty("spring.datasource.username");
        String appPassword = passwordOrSecret(environment, "spring.datasource.password", postgres, "app.password");
        createRolesAndDatabase(postgres, owner, ownerPassword, app, appPassword);

        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/" + DATABASE);
        properties.put("spring.liquibase.password", ownerPassword);
        properties.put("spring.datasource.password", appPassword);
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", properties));
    }

    private static String passwordOrSecret(ConfigurableEnvironment environment, String property,
                                           EmbeddedPostgresServer postgres, String key) {
        String configured = environment.getProperty(property, "");
        return StringUtils.hasText(configured) ? configured : postgres.secret(key);
    }

    private static void createRolesAndDatabase(EmbeddedPostgresServer postgres, String owner, String ownerPassword,
                                               String app, String appPassword) {
        try (Connection connection = postgres.superuser("postgres").getConnection();
             Statement statement = connection.createStatement()) {
            // Every start sets the configured passwords, so a changed DB_*_PASSWORD takes effect.
            statement.execute((exists(connection, "select 1 from pg_roles where rolname = ?", owner)
                    ? "alter role " + identifier(owner) + " login"
                    : "create role " + identifier(owner) + " login") + " password " + literal(ownerPassword));
            statement.execute((exists(connection, "select 1 from pg_roles where rolname = ?", app)
                    ? "alter role " + identifier(app) + " login"
                    : "create role " + identifier(app) + " login nosuperuser nobypassrls")
                    + " password " + literal(appPassword));
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
