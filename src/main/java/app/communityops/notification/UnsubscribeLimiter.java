package app.communityops.notification;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Unsubscribe tokens are 256 random bits, so guessing is hopeless; the limit keeps anyone from trying at volume and
 * costing the database a lookup per try: so many attempts per client address and minute, on this node.
 */
@Component
public class UnsubscribeLimiter {

    private final Cache<String, AtomicInteger> attempts = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(100_000).build();
    private final int perMinute;

    UnsubscribeLimiter(@Value("${communityops.mail.unsubscribe-per-minute:20}") int perMinute) {
        this.perMinute = perMinute;
    }

    /** Counts an attempt from the address; answers whether it may go ahead. */
    public boolean allow(String clientAddress) {
        return attempts.get(clientAddress, address -> new AtomicInteger()).incrementAndGet() <= perMinute;
    }
}
