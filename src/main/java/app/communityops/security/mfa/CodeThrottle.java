package app.communityops.security.mfa;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing at the code step, per account: five wrong codes are free, then each further one waits twice
 * as long as the last (30 s, 1 min, 2 min, ... at most 15 min). Only someone who already has the password gets
 * here, so this cannot lock a stranger's account. Kept in memory, per node: a restart forgives, which a guesser
 * cannot cause.
 */
@Component
class CodeThrottle {

    static final int FREE_ATTEMPTS = 5;
    private static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    private static final Duration LONGEST_DELAY = Duration.ofMinutes(15);

    private record Failures(int count, Instant blockedUntil) {
    }

    private final ConcurrentMap<UUID, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    CodeThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Takes one attempt for the account: false while it must wait. Every attempt counts as a failure until
     * {@link #succeeded} forgives them, and the count is taken in one atomic step, so parallel attempts cannot slip
     * past it.
     */
    boolean tryAcquire(UUID account) {
        Instant now = clock.instant();
        boolean[] allowed = {false};
        failures.compute(account, (id, previous) -> {
            if (previous != null && now.isBefore(previous.blockedUntil())) {
                return previous;
            }
            allowed[0] = true;
            int count = previous == null ? 1 : previous.count() + 1;
            Instant until = now;
            if (count >= FREE_ATTEMPTS) {
                long factor = 1L << Math.min(count - FREE_ATTEMPTS, 10);
                Duration delay = FIRST_DELAY.multipliedBy(factor);
                until = now.plus(delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay);
            }
            return new Failures(count, until);
        });
        return allowed[0];
    }

    void succeeded(UUID account) {
        failures.remove(account);
    }
}
