package app.communityops.security.mfa;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down guessing at the code step, per account: five wrong codes are free, then each further one waits twice
 * as long as the last (30 s, 1 min, 2 min, ... at most 15 min). Only someone who already has the password gets
 * here, so this cannot lock a stranger's account. Counted in {@code sign_in_throttle} beside the password's
 * counters (docs/decisions/0024), under a counter of its own per account, so every node shares one budget.
 */
@Component
class CodeThrottle {

    static final int FREE_ATTEMPTS = 5;
    private static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    private static final Duration LONGEST_DELAY = Duration.ofMinutes(15);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CodeThrottle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Takes one attempt for the account: false while it must wait. Every attempt counts as a failure until
     * {@link #succeeded} forgives them. Checking the wait and counting the attempt are one statement, so parallel
     * attempts, on any node, cannot slip past it.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    boolean tryAcquire(UUID account) {
        // The last counted attempt set the wait: from FREE_ATTEMPTS on, FIRST_DELAY doubled per further attempt.
        Integer counted = jdbc.query("""
                        insert into sign_in_throttle (counter, failures, last_failure_at) values (?, 1, ?)
                        on conflict (counter) do update
                        set failures = sign_in_throttle.failures + 1, last_failure_at = excluded.last_failure_at
                        where sign_in_throttle.failures < ? or excluded.last_failure_at >= sign_in_throttle.last_failure_at
                            + least(make_interval(secs => ? * power(2, least(sign_in_throttle.failures - ?, 10))),
                                    make_interval(secs => ?))
                        returning failures""",
                rs -> rs.next() ? rs.getInt(1) : null,
                counter(account), Timestamp.from(clock.instant()), FREE_ATTEMPTS, FIRST_DELAY.toSeconds(),
                FREE_ATTEMPTS, LONGEST_DELAY.toSeconds());
        return counted != null;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void succeeded(UUID account) {
        jdbc.update("delete from sign_in_throttle where counter = ?", counter(account));
    }

    private static String counter(UUID account) {
        return "code:" + account;
    }
}
