package app.communityops.api;

import app.communityops.shared.TenantContext;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A token bucket per key, in PostgreSQL so that every node behind the load balancer spends from the same one:
 * {@code burst} requests at once, refilled at {@code rate} a second. One short transaction per request, in the
 * key's tenant; the bucket's row lock orders a key's concurrent requests on every node (docs/decisions/0029). The
 * same call checks that the key may still be used, so a revocation or a maker's lost access made through any node
 * applies to the next request everywhere, although the authenticator remembers keys for a while.
 */
@Component
class ApiRateLimiter {

    private final double rate;
    private final double burst;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    ApiRateLimiter(@Value("${communityops.api.rate-limit.per-second:50}") double rate,
                   @Value("${communityops.api.rate-limit.burst:100}") double burst, JdbcTemplate jdbc,
                   PlatformTransactionManager transactionManager) {
        if (rate <= 0 || burst < 1) {
            throw new IllegalArgumentException("The API rate limit needs a rate above 0 and a burst of at least 1");
        }
        this.rate = rate;
        this.burst = burst;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What a request of this key may do: go ahead, wait, or nothing (the key may no longer be used). */
    record Verdict(boolean usable, Duration retryAfter) {

        boolean goAhead() {
            return usable && retryAfter.isZero();
        }
    }

    Verdict acquire(ApiCaller caller) {
        Double seconds = TenantContext.callAs(caller.tenantId(), () -> transactions.execute(status ->
                jdbc.queryForObject("select api_rate_take(?, ?, ?)", Double.class, caller.keyId(), rate, burst)));
        if (seconds == null || seconds < 0) {
            return new Verdict(false, Duration.ZERO);
        }
        return new Verdict(true, seconds == 0 ? Duration.ZERO
                : Duration.ofMillis(Math.max(1, (long) Math.ceil(seconds * 1000.0))));
    }
}
