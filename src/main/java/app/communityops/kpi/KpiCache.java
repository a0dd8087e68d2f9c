package app.communityops.kpi;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Computed KPI figures, shared for a short while by everyone who reads the same community, period and KPIs. A
 * dashboard is computed from the records and rollups in some thirty queries; with fifty staff and three hundred
 * client users signed in, most of them look at the same few dozen communities, and each of their clicks used to
 * compute the same figures again.
 *
 * <p>The cache holds figures only, never a decision about who may read them: the service checks access for every
 * call before it looks here, and every key carries the tenant. Figures are at most {@code communityops.kpi.cache-ttl}
 * old (30 s by default) on the node that computed them; each node keeps its own (docs/decisions/0030).
 */
@Component
class KpiCache {

    /** None when the time to live is zero (the tests, which read their own writes at once). */
    private final @Nullable Cache<List<Object>, Object> figures;
    /**
     * The peers' figures behind the peer bands (decision 0049), kept longer: a band compares with the field as it
     * stood a few minutes ago, while the community's own figures on the card stay as fresh as the board.
     */
    private final @Nullable Cache<List<Object>, Object> peerFigures;

    KpiCache(Duration timeToLive) {
        this(timeToLive, timeToLive);
    }

    @Autowired
    KpiCache(@Value("${communityops.kpi.cache-ttl:30s}") Duration timeToLive,
             @Value("${communityops.kpi.peer-cache-ttl:5m}") Duration peerTimeToLive) {
        this.figures = timeToLive.isZero() ? null
                : Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(5_000).build();
        this.peerFigures = peerTimeToLive.isZero() ? null
                : Caffeine.newBuilder().expireAfterWrite(peerTimeToLive).maximumSize(20_000).build();
    }

    /** The figures under {@code key} (which must name the tenant), computed by {@code compute} when absent. */
    @SuppressWarnings("unchecked")
    <T> T get(List<Object> key, Supplier<T> compute) {
        if (figures == null) {
            return compute.get();
        }
        return (T) figures.get(key, ignored -> compute.get());
    }

    /**
     * The figures of each of {@code ids} under {@code key} + id; those absent are computed together by
     * {@code compute}, which must answer every id it is given. Readers see different sets of communities (a client
     * two, an operator five, the admin all), so figures kept per community serve every reader who shares one.
     */
    <T> Map<UUID, T> getEach(List<Object> key, List<UUID> ids, Function<List<UUID>, Map<UUID, T>> compute) {
        return getEach(figures, key, ids, compute);
    }

    /** As {@link #getEach}, for the peers' figures, which are kept for {@code communityops.kpi.peer-cache-ttl}. */
    <T> Map<UUID, T> getEachPeer(List<Object> key, List<UUID> ids, Function<List<UUID>, Map<UUID, T>> compute) {
        return getEach(peerFigures, key, ids, compute);
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<UUID, T> getEach(@Nullable Cache<List<Object>, Object> figures, List<Object> key,
                                            List<UUID> ids, Function<List<UUID>, Map<UUID, T>> compute) {
        if (figures == null) {
            return compute.apply(ids);
        }
        Map<List<Object>, UUID> keys = new LinkedHashMap<>();
        ids.forEach(id -> keys.put(with(key, id), id));
        Map<List<Object>, Object> found = figures.getAll(keys.keySet(), missing -> {
            Map<UUID, T> computed = compute.apply(missing.stream().map(keys::get).toList());
            Map<List<Object>, Object> byKey = new HashMap<>();
            computed.forEach((id, value) -> byKey.put(with(key, id), value));
            return byKey;
        });
        Map<UUID, T> byId = new LinkedHashMap<>();
        found.forEach((entryKey, value) -> byId.put(keys.get(entryKey), (T) value));
        return byId;
    }

    private static List<Object> with(List<Object> key, UUID id) {
        List<Object> withId = new ArrayList<>(key);
        withId.add(id);
        return List.copyOf(withId);
    }
}
