package app.communityops.members;

import app.communityops.members.MemberGridSql.Bookmark;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Short-lived bookmarks for deep members-grid pages: per tenant, filter and order, the sort key and id of every
 * 1,000th row, so a page far down seeks to the nearest bookmark and skips fewer than 1,000 rows instead of
 * counting off hundreds of thousands with OFFSET.
 *
 * <p>Bookmarks go stale when memberships change: the members services drop a community's bookmarks on every write
 * to it, and every set expires after 60 seconds anyway. Code that writes memberships outside those services (such
 * as a bulk import) calls {@link #invalidate} after its transaction. A stale bookmark only shifts a deep page by as
 * many rows as changed; it never shows a row the user may not see, because every page runs under the same
 * row-level security and filter.
 */
@Component
public class MemberGridBookmarks {

    static final int INTERVAL = 1000;
    static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);
    private static final int MAX_SETS = 256;

    record Key(UUID tenantId, MemberFilter filter, MemberSort sort) {
    }

    private record Entry(Instant builtAt, long generation, List<Bookmark> bookmarks) {
    }

    private final Map<Key, Entry> sets = new ConcurrentHashMap<>();
    /** Bumped on every write to a community, so a set built while a write happened is not kept. */
    private final Map<UUID, AtomicLong> generations = new ConcurrentHashMap<>();
    private final Clock clock;

    MemberGridBookmarks(Clock clock) {
        this.clock = clock;
    }

    List<Bookmark> get(Key key, Supplier<List<Bookmark>> build) {
        Instant now = clock.instant();
        long generation = generation(key.filter().communityId()).get();
        Entry cached = sets.get(key);
        if (cached != null && cached.generation() == generation
                && cached.builtAt().plus(TIME_TO_LIVE).isAfter(now)) {
            return cached.bookmarks();
        }
        List<Bookmark> built = List.copyOf(build.get());
        if (generation(key.filter().communityId()).get() == generation) {
            if (sets.size() >= MAX_SETS) {
                sets.values().removeIf(entry -> !entry.builtAt().plus(TIME_TO_LIVE).isAfter(now));
                if (sets.size() >= MAX_SETS) {
                    sets.clear();
                }
            }
            sets.put(key, new Entry(now, generation, built));
        }
        return built;
    }

    /** Drops the bookmarks of a community whose memberships changed. */
    public void invalidate(UUID communityId) {
        generation(communityId).incrementAndGet();
        sets.keySet().removeIf(key -> key.filter().communityId().equals(communityId));
    }

    /**
     * Drops them now and again once the current transaction commits: a set built in between would not see the
     * uncommitted change.
     */
    void invalidateWithTransaction(UUID communityId) {
        invalidate(communityId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    invalidate(communityId);
                }
            });
        }
    }

    private AtomicLong generation(UUID communityId) {
        return generations.computeIfAbsent(communityId, id -> new AtomicLong());
    }
}
