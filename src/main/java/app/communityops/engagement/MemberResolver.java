package app.communityops.engagement;

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

/**
 * Finds the members a batch names, by external id or by handle, under the tenant's row-level security. Answers ids
 * by {@link MemberRef#key()}; a reference missing from the answer is unknown.
 *
 * <p>Integrations name the same members batch after batch, and {@code lower(handle)} cannot use its index under
 * row-level security (lower() is not leakproof), so found ids are remembered per tenant for {@link #MEMORY}.
 * A member's id never changes; a handle given to another member within that time could still resolve to the
 * member who had it, which is why the memory is short and unknown references are never remembered.
 */
@Component
class MemberResolver {

    static final Duration MEMORY = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED = 1_000_000;

    private record Known(UUID memberId, Instant until) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    /** Per tenant, by {@link MemberRef#key()}. */
    private final Map<UUID, Map<String, Known>> memory = new ConcurrentHashMap<>();

    MemberResolver(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @param refs the references by their {@link MemberRef#key()} */
    Map<String, UUID> resolve(Map<String, MemberRef> refs) {
        Map<String, Known> remembered = memory.computeIfAbsent(TenantContext.current().orElseThrow(),
                tenant -> new ConcurrentHashMap<>());
        Instant now = clock.instant();
        Map<String, UUID> found = new HashMap<>(refs.size() * 2);
        Set<String> externalIds = new LinkedHashSet<>();
        Set<String> handles = new LinkedHashSet<>();
        for (Map.Entry<String, MemberRef> entry : refs.entrySet()) {
            MemberRef ref = entry.getValue();
            Known known = remembered.get(entry.getKey());
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
            jdbc.query("select id, external_id from member where external_id = any(?)",
                    rs -> {
                        read.put("x:" + rs.getString(2), rs.getObject(1, UUID.class));
                    }, (Object) externalIds.toArray(String[]::new));
        }
        if (!handles.isEmpty()) {
            jdbc.query("select id, lower(handle) from member where lower(handle) = any(?)",
                    rs -> {
                        read.put("h:" + rs.getString(2), rs.getObject(1, UUID.class));
                    }, (Object) handles.toArray(String[]::new));
        }
        if (remembered.size() > MAX_REMEMBERED) {
            remembered.clear();
        }
        Instant until = now.plus(MEMORY);
        read.forEach((key, id) -> remembered.put(key, new Known(id, until)));
        found.putAll(read);
        return found;
    }
}
