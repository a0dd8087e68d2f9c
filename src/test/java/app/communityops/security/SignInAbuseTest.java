package app.communityops.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password guessing through the real authentication manager, from given client addresses: the budget holds under
 * concurrency, a stranger cannot lock an owner out, one address is capped across accounts, and an unknown email
 * is answered like a known one, in about the same time.
 */
@IntegrationTest
class SignInAbuseTest {

    private static final String WRONG = "not-the-password";

    @Autowired
    private AuthenticationManager authenticationManager;

    @Autowired
    private TestTenants tenants;

    @Test
    void fiftyParallelAttemptsNeverGetPastTheBudget() throws Exception {
        String email = tenants.create().operator().email();
        String address = freshAddress();
        int threads = 50;
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger passwordChecked = new AtomicInteger();
        AtomicInteger throttled = new AtomicInteger();
        Map<Class<?>, Integer> unexpected = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> attempts = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                attempts.add(pool.submit(() -> {
                    start.await();
                    Throwable failure = catchThrowable(() -> authenticate(email, WRONG, address));
                    if (failure instanceof SignInThrottledException) {
                        throttled.incrementAndGet();
                    } else if (failure instanceof BadCredentialsException) {
                        passwordChecked.incrementAndGet();
                    } else {
                        unexpected.merge(failure == null ? Void.class : failure.getClass(), 1, Integer::sum);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> attempt : attempts) {
                attempt.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(unexpected).isEmpty();
        assertThat(passwordChecked.get()).isEqualTo(SignInThrottle.PAIR.freeAttempts());
        assertThat(throttled.get()).isEqualTo(threads - SignInThrottle.PAIR.freeAttempts());
        // The right password from that address waits too: the budget is spent.
        assertThatThrownBy(() -> authenticate(email, TestTenants.PASSWORD, address))
                .isInstanceOf(SignInThrottledException.class);
    }

    @Test
    void aStrangersFailuresDoNotStopTheOwnerSigningInFromAnotherAddress() {
        String email = tenants.create().admin().email();
        String stranger = freshAddress();
        for (int attempt = 0; attempt < 20; attempt++) {
            assertThatThrownBy(() -> authenticate(email, WRONG, stranger))
                    .isInstanceOfAny(BadCredentialsException.class, SignInThrottledException.class);
        }
        assertThatThrownBy(() -> authenticate(email, WRONG, stranger)).isInstanceOf(SignInThrottledException.class);

        Authentication owner = authenticate(email, TestTenants.PASSWORD, freshAddress());

        assertThat(owner.isAuthenticated()).isTrue();
    }

    @Test
    void oneAddressIsCappedAcrossManyEmails() {
        String stuffer = freshAddress();
        for (int attempt = 0; attempt < SignInThrottle.ADDRESS.freeAttempts(); attempt++) {
            String email = "stuffed-" + UUID.randomUUID() + "@example.test";
            assertThatThrownBy(() -> authenticate(email, WRONG, stuffer)).isExactlyInstanceOf(BadCredentialsException.class);
        }
        TestTenants.Fixture fixture = tenants.create();

        // The next email from that address waits, even with the right password; the same account elsewhere does not.
        assertThatThrownBy(() -> authenticate(fixture.operator().email(), TestTenants.PASSWORD, stuffer))
                .isInstanceOf(SignInThrottledException.class);
        assertThat(authenticate(fixture.operator().email(), TestTenants.PASSWORD, freshAddress()).isAuthenticated())
                .isTrue();
    }

    @Test
    void guessingFromManyAddressesSlowsTheAccountButTheOwnersKnownAddressStillGetsIn() {
        String email = tenants.create().operator().email();
        String home = freshAddress();
        assertThat(authenticate(email, TestTenants.PASSWORD, home).isAuthenticated()).isTrue();
        for (int attempt = 0; attempt < SignInThrottle.ACCOUNT.freeAttempts(); attempt++) {
            String botnet = freshAddress();
            assertThatThrownBy(() -> authenticate(email, WRONG, botnet)).isExactlyInstanceOf(BadCredentialsException.class);
        }

        SignInThrottledException slowed = (SignInThrottledException) catchThrowable(
                () -> authenticate(email, TestTenants.PASSWORD, freshAddress()));
        assertThat(slowed).isNotNull();
        // Slowed, never locked: the wait is short.
        assertThat(slowed.retryAfter()).isPositive().isLessThanOrEqualTo(SignInThrottle.ACCOUNT.longestWait());
        assertThat(authenticate(email, TestTenants.PASSWORD, home).isAuthenticated()).isTrue();
    }

    @Test
    void theThrottledAnswerSaysHowLongToWait() {
        String email = "unknown-" + UUID.randomUUID() + "@example.test";
        String address = freshAddress();
        for (int attempt = 0; attempt < SignInThrottle.PAIR.freeAttempts(); attempt++) {
            assertThatThrownBy(() -> authenticate(email, WRONG, address)).isExactlyInstanceOf(BadCredentialsException.class);
        }

        SignInThrottledException throttled = (SignInThrottledException) catchThrowable(
                () -> authenticate(email, WRONG, address));

        assertThat(throttled).isNotNull();
        assertThat(throttled.retryAfter()).isPositive().isLessThanOrEqualTo(SignInThrottle.PAIR.firstWait());
    }

    @Test
    void unknownAndKnownEmailsGetTheSameAnswerInAboutTheSameTime() {
        TestTenants.Fixture fixture = tenants.create();
        int tries = 21;
        // Warm up both paths (JIT, connection pool, the dummy hash) before measuring.
        for (int i = 0; i < 3; i++) {
            time(fixture.operator().email());
            time("nobody-" + UUID.randomUUID() + "@example.test");
        }
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < tries; i++) {
            known.add(time(fixture.operator().email()));
            unknown.add(time("nobody-" + UUID.randomUUID() + "@example.test"));
        }
        long knownMedian = median(known);
        long unknownMedian = median(unknown);
        System.out.printf("sign-in timing over %d tries: known email median %.1f ms, unknown email median %.1f ms%n",
                tries, knownMedian / 1e6, unknownMedian / 1e6);

        long tolerance = Math.max(Math.max(knownMedian, unknownMedian) / 4, TimeUnit.MILLISECONDS.toNanos(15));
        assertThat(Math.abs(knownMedian - unknownMedian)).isLessThanOrEqualTo(tolerance);
    }

    /** One wrong-password attempt from an address of its own; the answer must be the generic one. */
    private long time(String email) {
        String address = freshAddress();
        long started = System.nanoTime();
        Throwable failure = catchThrowable(() -> authenticate(email, WRONG, address));
        long elapsed = System.nanoTime() - started;
        assertThat(failure).isExactlyInstanceOf(BadCredentialsException.class).hasMessage("Bad credentials");
        return elapsed;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private Authentication authenticate(String email, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return authenticationManager.authenticate(token);
    }

    /** A random address in 10.0.0.0/8, so that tests sharing the database never share a counter. */
    static String freshAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }
}
