package app.communityops.report;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most {@code perMinute} tries at report links a minute from one address, on this node: enough for a client
 * opening a few reports, too few to guess at tokens (which, at 256 bits of signature, nobody can anyway). The
 * count lives in memory: the links are anonymous, so there is no tenant to keep a shared bucket under before the
 * token is checked, and a node's own limit already bounds the work a caller can cause (decision 0041).
 */
@Component
class LinkRateLimit {

    private static final int MAX_ADDRESSES = 10_000;

    private final int perMinute;
    private final Clock clock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    LinkRateLimit(@Value("${communityops.report.link-rate-per-minute:30}") int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    private record Window(long minute, AtomicInteger count) {
    }

    boolean tryAcquire(String address) {
        long minute = clock.millis() / Duration.ofMinutes(1).toMillis();
        if (windows.size() > MAX_ADDRESSES) {
            windows.values().removeIf(window -> window.minute() < minute);
        }
        Window window = windows.compute(address, (key, old) -> old == null || old.minute() != minute
                ? new Window(minute, new AtomicInteger()) : old);
        return window.count().incrementAndGet() <= perMinute;
    }
}
