package app.communityops.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing on one account: after {@value #MAX_FAILURES} failed sign-ins within
 * {@link #WINDOW}, the email is refused until the window has passed, which keeps failures far below the
 * 100 an hour OWASP ASVS 2.2.1 allows. Counted per email whether or not an account exists, so the answer
 * never tells which emails are registered. Kept in memory: see docs/decisions/0003-sign-in-throttle.md.
 */
@Component
class SignInThrottle {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant windowStart) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean isBlocked(String email) {
        Failures current = failures.get(LoginEmails.normalise(email));
        return current != null && current.count() >= MAX_FAILURES && !expired(current);
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String email = LoginEmails.normalise(String.valueOf(event.getAuthentication().getName()));
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(this::expired);
        }
        failures.compute(email, (key, current) -> current == null || expired(current)
                ? new Failures(1, clock.instant())
                : new Failures(current.count() + 1, current.windowStart()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        failures.remove(LoginEmails.normalise(event.getAuthentication().getName()));
    }

    private boolean expired(Failures entry) {
        return entry.windowStart().plus(WINDOW).isBefore(clock.instant());
    }
}
