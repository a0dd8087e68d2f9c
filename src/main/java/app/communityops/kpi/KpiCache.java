package app.communityops.kpi;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
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

    KpiCache(@Value("${communityops.kpi.cache-ttl:30s}") Duration timeToLive) {
        this.figures = timeToLive.isZero() ? null
                : Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(5_000).build();
    }

    /** The figures under {@code key} (which must name the tenant), computed by {@code compute} when absent. */
    @SuppressWarnings("unchecked")
    <T> T get(List<Object> key, Supplier<T> compute) {
        if (figures == null) {
            return compute.get();
        }
        return (T) figures.get(key, ignored -> compute.get());
    }
}
