package app.communityops.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows password guessing without letting a stranger lock anyone out (docs/decisions/0024-sign-in-abuse.md).
 * Three counters in PostgreSQL, shared by every node: an email from one client address ({@link #PAIR}), one
 * address across all emails ({@link #ADDRESS}, credential stuffing) and one email across all addresses
 * ({@link #ACCOUNT}, a generous ceiling that only slows, and never the owner's known address). Each lets a few
 * failures through, then asks for a wait that doubles with every further failure, up to a longest wait.
 *
 * <p>An attempt takes its slot before the password is checked, in one transaction that locks the three rows: the
 * decision and the count are one step, so parallel attempts cannot get past the budget. A right password hands
 * the slot back. Emails are counted whether or not an account has them, so the answers tell nobody which exist.
 */
@Component
class SignInThrottle {

    /** How many failures a counter lets through, how long it then asks to wait, and when it forgets. */
    record Rule(String name, int freeAttempts, Duration firstWait, Duration longestWait, Duration forgetAfter) {

        /** The wait owed after {@code failures} failures: none within the free ones, then doubling. */
        Duration waitAfter(int failures) {
            if (failures < freeAttempts) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - freeAttempts, 30);
            Duration wait = firstWait.multipliedBy(1L << doublings);
            return wait.compareTo(longestWait) > 0 ? longestWait : wait;
        }

        int failures(@Nullable Counter counter, Instant now) {
            return counter == null || counter.lastFailureAt().plus(forgetAfter).isBefore(now) ? 0 : counter.failures();
        }

        Duration waitLeft(@Nullable Counter counter, Instant now) {
            int failures = failures(counter, now);
            if (counter == null || failures < freeAttempts) {
                return Duration.ZERO;
            }
            Duration left = Duration.between(now, counter.lastFailureAt().plus(waitAfter(failures)));
            return left.isNegative() ? Duration.ZERO : left;
        }
    }

    static final Rule PAIR = new Rule("pair", 5, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1));
    static final Rule ADDRESS = new Rule("address", 40, Duration.ofSeconds(30), Duration.ofMinutes(15),
            Duration.ofHours(1));
    static final Rule ACCOUNT = new Rule("account", 50, Duration.ofSeconds(5), Duration.ofMinutes(2),
            Duration.ofHours(1));
    /** How long an address the right password came from skips the account's ceiling. */
    static final Duration KNOWN_ADDRESS_KEPT = Duration.ofDays(90);
    private static final int CLEAN_UP_EVERY = 500;

    /** The three counters one attempt holds a slot in. */
    record Reservation(String pair, String address, String account) {

        List<String> inLockOrder() {
            return List.of(pair, address, account).stream().sorted().toList();
        }
    }

    record Counter(int failures, Instant lastFailureAt, @Nullable Instant knownUntil) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AtomicLong reservations = new AtomicLong();

    SignInThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Takes a slot for one password check of {@code email} from {@code clientAddress}, or refuses with the wait
     * left. The slot counts as a failure until {@link #succeeded} or {@link #release} hands it back.
     */
    Reservation reserve(String email, String clientAddress) {
        String login = LoginEmails.normalise(email);
        String address = ClientAddress.counted(clientAddress);
        Reservation slot = new Reservation("pair:" + address + " " + login, "address:" + address, "account:" + login);
        Instant now = clock.instant();
        Duration wait = transactions.execute(status -> {
            List<String> counters = slot.inLockOrder();
            for (String counter : counters) {
                // Creates missing rows first, so that the lock below always has a row to take.
                jdbc.update("""
                        insert into sign_in_throttle (counter, failures, last_failure_at) values (?, 0, ?)
                        on conflict (counter) do nothing""", counter, Timestamp.from(now));
            }
            Map<String, Counter> rows = new HashMap<>();
            jdbc.query("""
                            select counter, failures, last_failure_at, known_until from sign_in_throttle
                            where counter in (?, ?, ?) order by counter for update""",
                    (ResultSet rs) -> {
                        rows.put(rs.getString(1), counter(rs));
                    }, counters.toArray());
            Counter pair = rows.get(slot.pair());
            boolean knownAddress = pair != null && pair.knownUntil() != null && pair.knownUntil().isAfter(now);
            Duration left = longest(PAIR.waitLeft(pair, now), ADDRESS.waitLeft(rows.get(slot.address()), now),
                    knownAddress ? Duration.ZERO : ACCOUNT.waitLeft(rows.get(slot.account()), now));
            if (left.isPositive()) {
                return left;
            }
            count(slot.pair(), PAIR.failures(pair, now) + 1, now);
            count(slot.address(), ADDRESS.failures(rows.get(slot.address()), now) + 1, now);
            count(slot.account(), ACCOUNT.failures(rows.get(slot.account()), now) + 1, now);
            return Duration.ZERO;
        });
        if (wait != null && wait.isPositive()) {
            throw new SignInThrottledException(wholeSeconds(wait));
        }
        if (reservations.incrementAndGet() % CLEAN_UP_EVERY == 0) {
            cleanUp(now);
        }
        return slot;
    }

    /** The right password: the pair starts afresh and its address becomes known; the other slots are handed back. */
    void succeeded(Reservation slot) {
        jdbc.update("update sign_in_throttle set failures = 0, known_until = ? where counter = ?",
                Timestamp.from(clock.instant().plus(KNOWN_ADDRESS_KEPT)), slot.pair());
        handBack(slot.address());
        handBack(slot.account());
    }

    /** The attempt ended without judging the password (e.g. the account is disabled): nothing is counted. */
    void release(Reservation slot) {
        handBack(slot.pair());
        handBack(slot.address());
        handBack(slot.account());
    }

    /** One row per statement, outside any transaction: never a second lock held while waiting for another. */
    private void handBack(String counter) {
        jdbc.update("update sign_in_throttle set failures = greatest(failures - 1, 0) where counter = ?", counter);
    }

    private void count(String counter, int failures, Instant now) {
        jdbc.update("update sign_in_throttle set failures = ?, last_failure_at = ? where counter = ?",
                failures, Timestamp.from(now), counter);
    }

    private void cleanUp(Instant now) {
        jdbc.update("""
                delete from sign_in_throttle
                where last_failure_at < ? and (known_until is null or known_until < ?)""",
                Timestamp.from(now.minus(Duration.ofDays(1))), Timestamp.from(now));
    }

    private static Counter counter(ResultSet rs) throws SQLException {
        Timestamp known = rs.getTimestamp(4);
        return new Counter(rs.getInt(2), rs.getTimestamp(3).toInstant(), known == null ? null : known.toInstant());
    }

    private static Duration longest(Duration... waits) {
        Duration longest = Duration.ZERO;
        for (Duration wait : waits) {
            longest = wait.compareTo(longest) > 0 ? wait : longest;
        }
        return longest;
    }

    private static Duration wholeSeconds(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Duration.ofSeconds(Math.max(1, seconds));
    }
}
