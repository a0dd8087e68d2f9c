package app.communityops.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LinkRateLimitTest {

    @Test
    void anAddressGetsItsQuotaPerMinuteAndAnotherAddressItsOwn() {
        Instant start = Instant.parse("2026-12-06T10:00:00Z");
        LinkRateLimit limit = new LinkRateLimit(3, Clock.fixed(start, ZoneOffset.UTC));
        assertThat(IntStream.range(0, 4).mapToObj(i -> limit.tryAcquire("10.0.0.1")))
                .containsExactly(true, true, true, false);
        assertThat(limit.tryAcquire("10.0.0.2")).isTrue();

        LinkRateLimit nextMinute = new LinkRateLimit(3, Clock.fixed(start.plus(Duration.ofMinutes(1)), ZoneOffset.UTC));
        assertThat(nextMinute.tryAcquire("10.0.0.1")).isTrue();
    }
}
