package app.communityops.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
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

    @Test
    void figuresKeptPerCommunityServeAReaderWhoSharesOnlySomeOfThem() {
        KpiCache cache = new KpiCache(Duration.ofSeconds(30));
        List<Object> key = List.of(UUID.randomUUID(), "overview");
        UUID shared = UUID.randomUUID();
        UUID clientsOwn = UUID.randomUUID();
        UUID operatorsOwn = UUID.randomUUID();
        List<List<UUID>> asked = new ArrayList<>();
        Function<List<UUID>, Map<UUID, String>> compute = ids -> {
            asked.add(ids);
            return ids.stream().collect(Collectors.toMap(id -> id, id -> "figures of " + id));
        };

        Map<UUID, String> client = cache.getEach(key, List.of(shared, clientsOwn), compute);
        Map<UUID, String> operator = cache.getEach(key, List.of(operatorsOwn, shared), compute);

        assertThat(client).containsOnlyKeys(shared, clientsOwn).containsEntry(shared, "figures of " + shared);
        assertThat(operator).containsOnlyKeys(operatorsOwn, shared).containsEntry(operatorsOwn,
                "figures of " + operatorsOwn);
        assertThat(asked).containsExactly(List.of(shared, clientsOwn), List.of(operatorsOwn));
    }

    private int compute() {
        return computed.incrementAndGet();
    }
}
