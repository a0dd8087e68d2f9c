package app.communityops.engagement;

import app.communityops.members.MembersMerged;
import app.communityops.shared.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Finds the members a batch names, by external id or by handle, under the tenant's row-level security. Answers ids
 * by {@link MemberRef#key()}; a reference missing from the answer is unknown.
 *
 * <p>Integrations name the same members batch after batch, and {@code lower(handle)} cannot use its index under
 * row-level security (lower() is not leakproof), so found ids are remembered per tenant for {@link #MEMORY}.
 * A member's id never changes; a handle given to another member within that time could still resolve to the
 * member who had it, which is why the memory is short and unknown references are never remembered. A merge deletes
 * a member id, so the tenant's memory is dropped when one is committed.
 *
 * <p>A merge made on another node sharing the database is noticed through {@code member_merge_epoch}, read once per
 * batch: when the tenant's count of merges has changed, its memory is dropped (docs/decisions/0029).
 *
 * <p>One handle or external id can name two records: a person and the separate record someone who could not see
 * them created (docs/decisions/0022-member-matching.md). The batch's community decides: the record that is a member
 * there wins, then the person the others were kept apart from. Memory is therefore per community.
 */
@Component
class MemberResolver {

    static final Duration MEMORY = Duration.ofMinutes(5);
    /** Members of the batch's community last, then the person others were kept apart from (no match_of). */
    private static final String PREFERENCE = "exists (select 1 from membership s where s.member_id = m.id"
            + " and s.community_id = ?), m.match_of is null";
    private static final int MAX_REMEMBERED = 1_000_000;

    private record Known(UUID memberId, Instant until) {
    }

    /** A tenant's remembered look-ups, valid while the tenant's count of merges is {@code merges}. */
    private record TenantMemory(long merges, Map<String, Known> known) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    /** Per tenant, by community and {@link MemberRef#key()}. */
    private final Map<UUID, TenantMemory> memory = new ConcurrentHashMap<>();

    MemberResolver(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @param refs the references by their {@link MemberRef#key()} */
    Map<String, UUID> resolve(UUID communityId, Map<String, MemberRef> refs) {
        Long counted = jdbc.queryForObject("select coalesce((select merges from member_merge_epoch"
                + " where tenant_id = current_tenant_id()), 0)", Long.class);
        long merges = counted == null ? 0 : counted;
        Map<String, Known> remembered = memory.compute(TenantContext.current().orElseThrow(),
                (tenant, current) -> current != null && current.merges() == merges ? current
                        : new TenantMemory(merges, new ConcurrentHashMap<>())).known();
        Instant now = clock.instant();
        Map<String, UUID> found = new HashMap<>(refs.size() * 2);
        Set<String> externalIds = new LinkedHashSet<>();
        Set<String> handles = new LinkedHashSet<>();
        for (Map.Entry<String, MemberRef> entry : refs.entrySet()) {
            MemberRef ref = entry.getValue();
            Known known = remembered.get(communityId + entry.getKey());
            if (known != null && known.until().isAfter(now)) {
                found.put(entry.getKey(), known.memberId());
            } else if (ref.externalId() != null) {
                externalIds.add(ref.externalId());
            } else if (ref.handle() != null) {
                handles.add(ref.handle().toLowerCase(Locale.ROOT));
            }
        }
        Map<String, UUID> read = new HashMap<>();
        if (!externalIds.isEmpty()) {
            // Ordered so the preferred record of a key comes last and is the one kept.
            jdbc.query("select id, external_id from member m where external_id = any(?) order by " + PREFERENCE,
                    rs -> {
                        read.put("x:" + rs.getString(2), rs.getObject(1, UUID.class));
                    }, (Object) externalIds.toArray(String[]::new), communityId);
        }
        if (!handles.isEmpty()) {
            jdbc.query("select id, lower(handle) from member m where lower(handle) = any(?) order by " + PREFERENCE,
                    rs -> {
                        read.put("h:" + rs.getString(2), rs.getObject(1, UUID.class));
                    }, (Object) handles.toArray(String[]::new), communityId);
        }
        if (remembered.size() > MAX_REMEMBERED) {
            remembered.clear();
        }
        Instant until = now.plus(MEMORY);
        read.forEach((key, id) -> remembered.put(communityId + key, new Known(id, until)));
        found.putAll(read);
        return found;
    }

    /** A merged member's id is gone: forget the tenant's memory once the merge is committed. */
    @TransactionalEventListener
    void onMerge(MembersMerged merge) {
        memory.remove(merge.tenantId());
    }
}
