package app.communityops.api;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per key, in this node's memory: {@code burst} requests at once, refilled at {@code rate} a
 * second. With several nodes each keeps its own buckets, so a key gets up to that many times the rate; see
 * docs/decisions/0010-api-keys-and-errors.md.
 */
@Component
class ApiRateLimiter {

    private final double rate;
    private final double burst;
    private final Clock clock;
    private final Map<UUID, Bucket> buckets = new ConcurrentHashMap<>();

    ApiRateLimiter(@Value("${communityops.api.rate-limit.per-second:50}") double rate,
                   @Value("${communityops.api.rate-limit.burst:100}") double burst, Clock clock) {
        this.rate = rate;
        this.burst = burst;
        this.clock = clock;
    }

    /** Zero if the request may go ahead, else how long until it could. */
    Duration acquire(UUID keyId) {
        return buckets.computeIfAbsent(keyId, id -> new Bucket(burst, clock.millis())).take(clock.millis());
    }

    private final class Bucket {

        private double tokens;
        private long updatedAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedAt = now;
        }

        synchronized Duration take(long now) {
            tokens = Math.min(burst, tokens + (now - updatedAt) * rate / 1000.0);
            updatedAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofMillis((long) Math.ceil((1 - tokens) * 1000.0 / rate));
        }
    }
}
