package app.communityops.tenancy.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The embedded PostgreSQL as a place to keep data: every role signs in with a password (SCRAM), the superuser's
 * included; the server listens on 127.0.0.1 only (no Unix socket); and, when {@code durable}, it flushes what it
 * acknowledges ({@code fsync}, {@code synchronous_commit}, {@code full_page_writes} on). The library's defaults are
 * the opposite (trust authentication, {@code -F}, {@code synchronous_commit = off}), made for throw-away test
 * databases; only the tests' own database keeps them ({@code durable = false}).
 *
 * <p>The superuser's password is generated on the first initialisation and kept in {@link #SECRETS} inside the data
 * folder, readable by its owner only (PostgreSQL itself requires the folder to be private). A data folder created
 * before this class existed (trust authentication, no password) is converted at its next start.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    static final String SECRETS = "communityops-secrets.properties";
    static final String SUPERUSER = "postgres";
    private static final String SUPERUSER_KEY = "superuser.password";

    private static final String PG_HBA = """
            # Written by CommunityOps at every start of the embedded PostgreSQL: a password (SCRAM) for every role,
            # TCP on the loopback address only.
            host    all             all             127.0.0.1/32            scram-sha-256
            """;

    private final EmbeddedPostgres postgres;
    private final String superuserPassword;
    private final @Nullable Path secrets;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, String superuserPassword, @Nullable Path secrets) {
        this.postgres = postgres;
        this.superuserPassword = superuserPassword;
        this.secrets = secrets;
    }

    /**
     * Starts the server on {@code dataDir} (created on first use; {@code null} for a throw-away folder) and
     * {@code port} (0 for any free one).
     */
    public static EmbeddedPostgresServer start(@Nullable Path dataDir, int port, boolean durable) {
        try {
            Path directory = dataDir == null ? null : dataDir.toAbsolutePath();
            boolean initialised = directory != null && Files.exists(directory.resolve("postgresql.conf"));
            Path secrets = directory == null ? null : directory.resolve(SECRETS);
            String known = initialised ? readSecret(secrets, SUPERUSER_KEY) : null;
            boolean legacyTrust = initialised && known == null;
            String password = known != null ? known : randomSecret();

            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("password_encryption", "scram-sha-256");
            if (durable) {
                // Given after the library's -F, so it wins.
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            Path passwordFile = null;
            if (!initialised) {
                // The library passes its "locale" options to initdb as --key=value, after its own "-A trust".
                passwordFile = ownerOnlyFile(Files.createTempFile("communityops-initdb", ".pw"));
                Files.writeString(passwordFile, password + "\n");
                builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwordFile.toString());
            }
            if (!legacyTrust) {
                builder.setConnectConfig("password", password);
                builder.setDataDirectoryCustomizer(folder -> writeAccessRules(folder.toPath(), secrets, password));
            }
            if (directory != null) {
                Files.createDirectories(directory.getParent());
                builder.setDataDirectory(directory).setCleanDataDirectory(false);
            }
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres;
            try {
                postgres = builder.start();
            } finally {
                if (passwordFile != null) {
                    Files.deleteIfExists(passwordFile);
                }
            }
            if (legacyTrust) {
                // Only an existing data directory can be one of a trust-era server.
                convertFromTrust(postgres, Objects.requireNonNull(directory), Objects.requireNonNull(secrets),
                        password);
            }
            return new EmbeddedPostgresServer(postgres, password, secrets);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** A connection source as the superuser, with its password. */
    public DataSource superuser(String database) {
        return postgres.getDatabase(SUPERUSER, database, Map.of("password", superuserPassword));
    }

    /** A secret kept in the data folder's secrets file under {@code key}, generated and stored on first use. */
    public String secret(String key) {
        if (secrets == null) {
            return randomSecret();
        }
        try {
            String known = readSecret(secrets, key);
            if (known != null) {
                return known;
            }
            String value = randomSecret();
            storeSecret(secrets, key, value);
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep a password in " + secrets, e);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    private static void writeAccessRules(Path folder, @Nullable Path secrets, String password) {
        try {
            Files.writeString(folder.resolve("pg_hba.conf"), PG_HBA);
            if (secrets != null && !password.equals(readSecret(secrets, SUPERUSER_KEY))) {
                storeSecret(secrets, SUPERUSER_KEY, password);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the embedded PostgreSQL's access rules", e);
        }
    }

    private static void convertFromTrust(EmbeddedPostgres postgres, Path folder, Path secrets, String password)
            throws IOException {
        storeSecret(secrets, SUPERUSER_KEY, password);
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("set password_encryption = 'scram-sha-256'");
            statement.execute("alter role " + SUPERUSER + " password '" + password + "'");
            Files.writeString(folder.resolve("pg_hba.conf"), PG_HBA);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the embedded PostgreSQL's superuser password", e);
        }
    }

    private static @Nullable String readSecret(@Nullable Path file, String key) throws IOException {
        if (file == null || !Files.exists(file)) {
            return null;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return properties.getProperty(key);
    }

    private static synchronized void storeSecret(Path file, String key, String value) throws IOException {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
        } else {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        properties.setProperty(key, value);
        try (OutputStream out = Files.newOutputStream(ownerOnlyFile(file), StandardOpenOption.TRUNCATE_EXISTING)) {
            properties.store(out, "Passwords of the embedded PostgreSQL's roles. Keep private.");
        }
    }

    private static Path ownerOnlyFile(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return new String(Base64.getUrlEncoder().withoutPadding().encode(bytes), StandardCharsets.US_ASCII);
    }
}
