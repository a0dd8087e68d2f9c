package app.communityops.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KpiCacheTest {

    private final AtomicInteger computed = new AtomicInteger();

    @Test
    void theSameKeyIsComputedOnceWhileFresh() {
        KpiCache cache = new KpiCache(Duration.ofSeconds(30));
        UUID tenant = UUID.randomUUID();
        UUID community = UUID.randomUUID();

        assertThat(cache.get(List.of(tenant, "dashboard", community), this::compute)).isEqualTo(1);
        assertThat(cache.get(List.of(tenant, "dashboard", community), this::compute)).isEqualTo(1);
        assertThat(computed).hasValue(1);
    }

    @Test
    void anotherTenantsKeyNeverMeetsTheFirstTenantsFigures() {
        KpiCache cache = new KpiCache(Duration.ofSeconds(30));
        UUID community = UUID.randomUUID();

        int first = cache.get(List.of(UUID.randomUUID(), "dashboard", community), this::compute);
        int second = cache.get(List.of(UUID.randomUUID(), "dashboard", community), this::compute);

        assertThat(first).isNotEqualTo(second);
        assertThat(computed).hasValue(2);
    }

    @Test
    void aZeroTimeToLiveComputesEveryTime() {
        KpiCache cache = new KpiCache(Duration.ZERO);
        List<Object> key = List.of(UUID.randomUUID(), "dashboard");

        cache.get(key, this::compute);
        cache.get(key, this::compute);

        assertThat(computed).hasValue(2);
    }

    private int compute() {
        return computed.incrementAndGet();
    }
}
