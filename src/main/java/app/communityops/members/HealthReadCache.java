package app.communityops.members;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The community-wide health figures a dashboard shows (the flows of its months, the size of its At-risk list) kept
 * per computation: they change only when the daily recompute writes new scores, which gives them a new "as of", and
 * reading them afresh aggregates every scored member of the community. Keyed by tenant, community, running month and
 * the scores' time, so a new run, a new month or another tenant never reads an old entry; bounded, and emptied when
 * full. Callers check access before they ask.
 */
@Component
class HealthReadCache {

    static final int MAX_ENTRIES = 1_024;

    record Key(UUID tenantId, UUID communityId, YearMonth running, Instant asOf, String what) {
    }

    private final Map<Key, Object> entries = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    List<HealthFlow> flows(Key key, Supplier<List<HealthFlow>> read) {
        return (List<HealthFlow>) get(key, () -> List.copyOf(read.get()));
    }

    long count(Key key, Supplier<Long> read) {
        return (Long) get(key, read::get);
    }

    private Object get(Key key, Supplier<Object> read) {
        Object found = entries.get(key);
        if (found != null) {
            return found;
        }
        Object value = read.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, value);
        return value;
    }
}
