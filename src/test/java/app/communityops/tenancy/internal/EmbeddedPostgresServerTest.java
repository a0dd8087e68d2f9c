package app.communityops.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The embedded PostgreSQL of a {@code ./mvnw spring-boot:run} start is a place to keep data: it flushes what it
 * commits, every role needs its password (the superuser's too), and only the loopback address listens.
 */
class EmbeddedPostgresServerTest {

    @TempDir
    Path temp;

    @Test
    void durableSettingsPasswordsForEveryRoleAndLoopbackOnly() throws Exception {
        Path dataDir = temp.resolve("postgres");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0, true)) {
            StandardEnvironment environment = environment();
            EmbeddedDatabaseEnvironment.useServer(environment, server);
            String url = environment.getRequiredProperty("spring.datasource.url");
            String appPassword = environment.getRequiredProperty("spring.datasource.password");
            String ownerPassword = environment.getRequiredProperty("spring.liquibase.password");
            assertThat(url).startsWith("jdbc:postgresql://127.0.0.1:");

            try (Connection app = DriverManager.getConnection(url, "communityops_app", appPassword)) {
                assertThat(show(app, "fsync")).isEqualTo("on");
                assertThat(show(app, "synchronous_commit")).isEqualTo("on");
                assertThat(show(app, "full_page_writes")).isEqualTo("on");
                assertThat(show(app, "listen_addresses")).isEqualTo("127.0.0.1");
            }
            try (Connection owner = DriverManager.getConnection(url, "communityops_owner", ownerPassword)) {
                assertThat(show(owner, "password_encryption")).isEqualTo("scram-sha-256");
            }
            String superuserUrl = "jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres";
            try (Connection superuser = server.superuser("postgres").getConnection();
                 Statement statement = superuser.createStatement();
                 ResultSet socket = statement.executeQuery("show unix_socket_directories")) {
                assertThat(socket.next()).isTrue();
                assertThat(socket.getString(1)).as("no Unix socket").isEmpty();
            }
            try (Connection superuser = server.superuser("postgres").getConnection();
                 Statement statement = superuser.createStatement();
                 ResultSet rules = statement.executeQuery(
                         "select distinct type, auth_method from pg_hba_file_rules where error is null")) {
                assertThat(rules.next()).isTrue();
                assertThat(rules.getString(1) + " " + rules.getString(2)).isEqualTo("host scram-sha-256");
                assertThat(rules.next()).as("no other kind of rule, no trust").isFalse();
            }

            for (String role : new String[] {"postgres", "communityops_owner", "communityops_app"}) {
                assertThatThrownBy(() -> DriverManager.getConnection(superuserUrl, role, ""))
                        .as("%s without a password", role).isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> DriverManager.getConnection(superuserUrl, role, "wrong-password"))
                        .as("%s with a wrong password", role).isInstanceOf(SQLException.class)
                        .hasMessageContaining("password authentication failed");
            }
            Optional<InetAddress> external = nonLoopbackAddress();
            if (external.isPresent()) {
                String outside = "jdbc:postgresql://" + external.get().getHostAddress() + ":" + server.port()
                        + "/communityops?connectTimeout=3";
                assertThatThrownBy(() -> DriverManager.getConnection(outside, "communityops_app", appPassword))
                        .as("nothing listens on %s", external.get()).isInstanceOf(SQLException.class);
            }

            Path secrets = dataDir.resolve(EmbeddedPostgresServer.SECRETS);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets))).isEqualTo("rw-------");
            assertThat(Files.readString(secrets)).contains("superuser.password", "app.password", "owner.password");
        }

        // A restart on the same folder finds its passwords again.
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(dataDir, 0, true)) {
            StandardEnvironment environment = environment();
            EmbeddedDatabaseEnvironment.useServer(environment, again);
            try (Connection app = DriverManager.getConnection(environment.getRequiredProperty("spring.datasource.url"),
                    "communityops_app", environment.getRequiredProperty("spring.datasource.password"))) {
                assertThat(show(app, "fsync")).isEqualTo("on");
            }
        }
    }

    @Test
    void aDataFolderOfTheOldTrustSetUpGetsPasswordsAtItsNextStart() throws Exception {
        Path dataDir = temp.resolve("old");
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dataDir)
                .setCleanDataDirectory(false).start()) {
            try (Connection connection = old.getPostgresDatabase().getConnection()) {
                assertThat(connection.isValid(1)).as("the old set-up let anyone in").isTrue();
            }
        }
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0, true)) {
            String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres";
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", ""))
                    .isInstanceOf(SQLException.class);
            try (Connection superuser = server.superuser("postgres").getConnection()) {
                assertThat(show(superuser, "fsync")).isEqualTo("on");
            }
        }
    }

    @Test
    void theTestsThrowAwayDatabaseMayRunFastButStillNeedsPasswords() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(null, 0, false)) {
            try (Connection superuser = server.superuser("postgres").getConnection()) {
                assertThat(show(superuser, "fsync")).isEqualTo("off");
                assertThat(show(superuser, "synchronous_commit")).isEqualTo("off");
            }
            String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres";
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", ""))
                    .isInstanceOf(SQLException.class);
        }
    }

    private static StandardEnvironment environment() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of(
                "spring.liquibase.user", "communityops_owner",
                "spring.datasource.username", "communityops_app",
                "spring.liquibase.password", "",
                "spring.datasource.password", "")));
        return environment;
    }

    private static String show(Connection connection, String setting) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("show " + setting)) {
            row.next();
            return row.getString(1);
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws Exception {
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
