package app.communityops.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A production start on an empty database (no demo data): nothing is created but, when configured, one platform
 * admin whose one-time password must be changed at the first sign-in; without configuration the log says what to
 * set. A context of its own, so its database starts empty.
 */
@IntegrationTest
@TestPropertySource(properties = "communityops.bootstrap-admin.test-database=own")
@ExtendWith(OutputCaptureExtension.class)
class BootstrapAdminStartIT {

    private static final String EMAIL = "Root@Example.org";
    private static final String ONE_TIME = "one-time-passphrase-2026";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    LoginEmails loginEmails;
    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    SignInLookup signInLookup;
    @Autowired
    InitialPassword initialPassword;
    @Autowired
    AccountService accounts;

    @Test
    void anEmptyDatabaseGetsOneFlaggedPlatformAdminFromConfigurationAndNothingElse(CapturedOutput startLog) {
        assertThat(startLog.getAll()).as("the start without configuration says what to set")
                .contains("No platform admin exists yet", "BOOTSTRAP_ADMIN_EMAIL", "BOOTSTRAP_ADMIN_PASSWORD");
        assertThat(count("platform_admin")).isZero();
        assertThat(bootstrap("", "").ensure()).isEqualTo(BootstrapAdmin.Outcome.NOT_CONFIGURED);
        assertThatThrownBy(() -> bootstrap(EMAIL, "short").ensure()).hasMessageContaining("BOOTSTRAP_ADMIN_PASSWORD");
        assertThat(count("platform_admin")).isZero();

        assertThat(bootstrap(EMAIL, ONE_TIME).ensure()).isEqualTo(BootstrapAdmin.Outcome.CREATED);
        assertThat(bootstrap("other@example.org", ONE_TIME).ensure()).isEqualTo(BootstrapAdmin.Outcome.EXISTS);

        assertThat(count("platform_admin")).isEqualTo(1);
        assertThat(count("tenant")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from login_email", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select must_change_password from platform_admin where email = ?",
                Boolean.class, "root@example.org")).isTrue();

        // Signs in with the one-time password, and must change it before anything else.
        assertThat(authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(EMAIL, ONE_TIME)).isAuthenticated()).isTrue();
        var admin = signInLookup.find(EMAIL).orElseThrow().principal();
        AtomicBoolean before = new AtomicBoolean();
        AtomicBoolean after = new AtomicBoolean(true);
        SignedIn.run(admin, () -> {
            before.set(initialPassword.mustBeChanged());
            accounts.changePlatformAdminPassword(ONE_TIME, "the-admins-own-passphrase");
            after.set(initialPassword.mustBeChanged());
        });
        assertThat(before).isTrue();
        assertThat(after).isFalse();
        assertThatThrownBy(() -> authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(EMAIL, ONE_TIME)))
                .isInstanceOf(BadCredentialsException.class);
    }

    private BootstrapAdmin bootstrap(String email, String password) {
        return new BootstrapAdmin(jdbc, transactionManager, passwordEncoder, loginEmails, Clock.systemUTC(), email,
                password);
    }

    private int count(String table) {
        Integer count = jdbc.queryForObject("select count(*) from " + table, Integer.class);
        return count == null ? 0 : count;
    }
}
