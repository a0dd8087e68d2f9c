package app.communityops.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * What sign-in tells, and when: status only after the right password, and guessing slowed down (these attempts
 * carry no client address, so they count under one "unknown" address; SignInAbuseTest covers addresses).
 */
@IntegrationTest
class SignInTest {

    @Autowired
    private AuthenticationManager authenticationManager;

    @Autowired
    private AccountService accountService;

    @Autowired
    private TestTenants tenants;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void wrongPasswordGetsTheSameAnswerForDisabledUnknownAndSuspended() {
        TestTenants.Fixture disabledTenant = tenants.create();
        SignedIn.run(disabledTenant.admin(), () -> {
            AccountSummary operator = accountService.find(java.util.List.of(disabledTenant.operator().userId()))
                    .getFirst();
            accountService.setEnabled(operator.id(), operator.version(), false);
        });
        TestTenants.Fixture suspendedTenant = tenants.create();
        jdbc.update("update tenant set status = 'SUSPENDED', suspended_reason = 'test' where id = ?",
                suspendedTenant.tenantId());

        assertThatThrownBy(() -> authenticate(disabledTenant.operator().email(), "not-the-password"))
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> authenticate("unknown-" + UUID.randomUUID() + "@example.test", "not-the-password"))
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> authenticate(suspendedTenant.admin().email(), "not-the-password"))
                .isExactlyInstanceOf(BadCredentialsException.class);
    }

    @Test
    void wrongPasswordsFromOneAddressThrottleEvenTheRightOneFromThere() {
        TestTenants.Fixture fixture = tenants.create();
        String email = fixture.operator().email();

        failFreeAttempts(email);

        assertThatThrownBy(() -> authenticate(email, TestTenants.PASSWORD))
                .isInstanceOf(SignInThrottledException.class);
    }

    @Test
    void unknownEmailsAreThrottledTheSameWay() {
        String email = "unknown-" + UUID.randomUUID() + "@example.test";

        failFreeAttempts(email);

        assertThatThrownBy(() -> authenticate(email, TestTenants.PASSWORD))
                .isInstanceOf(SignInThrottledException.class);
    }

    @Test
    void successfulSignInRecordsTheTimeWithoutTouchingTheVersion() {
        TestTenants.Fixture fixture = tenants.create();
        AccountSummary before = operator(fixture);
        assertThat(before.lastLoginAt()).isNull();

        authenticate(fixture.operator().email(), TestTenants.PASSWORD);

        AccountSummary after = operator(fixture);
        assertThat(after.lastLoginAt()).isNotNull();
        assertThat(after.version()).isEqualTo(before.version());
    }

    private AccountSummary operator(TestTenants.Fixture fixture) {
        return SignedIn.as(fixture.admin(), () -> accountService.find(java.util.List.of(fixture.operator().userId())))
                .getFirst();
    }

    private void failFreeAttempts(String email) {
        for (int attempt = 1; attempt <= SignInThrottle.PAIR.freeAttempts(); attempt++) {
            assertThatThrownBy(() -> authenticate(email, "not-the-password"))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
    }

    private Authentication authenticate(String email, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }
}
