package app.communityops.engagement;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes accepted events set-based, in the caller's transaction, with one statement per chunk: the events travel
 * as one array per column and are unnested on the server, the statement claims their event keys, inserts the
 * events whose claim succeeded through the partitioned parent, where the tenant policy checks every row, and
 * brings their members' "last active" forward.
 *
 * <p>This replaced COPY into a temporary staging table: creating (or checking) the staging table, the COPY round
 * trip, emptying it and its truncation at commit cost about as much as the insert itself (decision 0011).
 */
@Component
class EventWriter {

    record Written(int written, Set<Integer> acceptedKeyed) {
    }

    private static final String EVENTS = """
            select current_tenant_id() as tenant_id, e.id, e.occurred_at, ?::uuid as community_id, e.member_id,
                   e.type, e.custom_type, ?::varchar as source, e.event_key, e.content_ref, e.activity_ref,
                   e.properties, ?::timestamptz as created_at
            from unnest(?::uuid[], ?::timestamptz[], ?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[],
                        ?::varchar[], ?::varchar[], ?::jsonb[])
                 as e (id, occurred_at, member_id, type, custom_type, event_key, content_ref, activity_ref,
                       properties)""";

    private static final String COLUMNS = "tenant_id, id, occurred_at, community_id, member_id, type, custom_type,"
            + " source, event_key, content_ref, activity_ref, properties, created_at";

    /**
     * Keys are unique within the arrays (the first of a batch wins), so a claim is simply an insert. The members'
     * "last active" moves to their latest written event, once per member and batch; it never moves back (a
     * back-fill of old events leaves it alone) and does not count as an edit of the membership (no new version).
     */
    private static final String WRITE = """
            with batch as (%s),
            fresh as (
                insert into engagement_event_key (tenant_id, source, event_key, occurred_at, created_at)
                select tenant_id, source, event_key, occurred_at, created_at from batch where event_key is not null
                on conflict do nothing returning event_key),
            written as (
                insert into engagement_event (%s)
                select %s from batch
                where event_key is null or event_key in (select event_key from fresh)
                returning community_id, member_id, occurred_at),
            active as (
                update membership m set last_active_at = w.last
                from (select community_id, member_id, max(occurred_at) as last from written
                      group by community_id, member_id) w
                where m.community_id = w.community_id and m.member_id = w.member_id
                  and (m.last_active_at is null or m.last_active_at < w.last))
            select (select count(*) from written), array(select event_key from fresh)"""
            .formatted(EVENTS, COLUMNS, COLUMNS);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    EventWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Written write(UUID communityId, String source, List<ResolvedEvent> events, Instant now) {
        if (events.isEmpty()) {
            return new Written(0, Set.of());
        }
        Map<String, Integer> keyed = new HashMap<>(events.size() * 2);
        int size = 0;
        Columns columns = new Columns(events.size(), now);
        for (ResolvedEvent event : events) {
            String key = event.input().eventKey();
            if (key == null || keyed.putIfAbsent(key, event.index()) == null) {
                columns.set(size++, event);
            }
        }
        Object[] arguments = columns.arguments(communityId, source, Timestamp.from(now), size);
        return jdbc.queryForObject(WRITE, (rs, row) -> {
            Set<Integer> accepted = new HashSet<>();
            for (Object key : (Object[]) rs.getArray(2).getArray()) {
                accepted.add(keyed.get((String) key));
            }
            return new Written(rs.getInt(1), accepted);
        }, arguments);
    }

    /** The events column by column, as the statement's array parameters. */
    private static final class Columns {

        private final String[] ids;
        private final String[] times;
        private final String[] members;
        private final String[] types;
        private final @Nullable String[] customTypes;
        private final @Nullable String[] keys;
        private final @Nullable String[] contentRefs;
        private final @Nullable String[] activityRefs;
        private final @Nullable String[] properties;

        private final byte[] random;
        private final long millis;

        Columns(int capacity, Instant now) {
            // One draw of secure randomness for the whole chunk: drawing per id cost more than building the row.
            random = new byte[capacity * 10];
            RANDOM.nextBytes(random);
            millis = now.toEpochMilli();
            ids = new String[capacity];
            times = new String[capacity];
            members = new String[capacity];
            types = new String[capacity];
            customTypes = new @Nullable String[capacity];
            keys = new @Nullable String[capacity];
            contentRefs = new @Nullable String[capacity];
            activityRefs = new @Nullable String[capacity];
            properties = new @Nullable String[capacity];
        }

        void set(int i, ResolvedEvent event) {
            EventInput input = event.input();
            ids[i] = v7(i).toString();
            times[i] = Objects.requireNonNull(input.occurredAt()).toString();
            members[i] = event.memberId().toString();
            types[i] = Objects.requireNonNull(input.type()).name();
            customTypes[i] = input.customType();
            keys[i] = input.eventKey();
            contentRefs[i] = input.contentRef();
            activityRefs[i] = input.activityRef();
            properties[i] = input.properties();
        }

        /** A UUID version 7 (RFC 9562) of this chunk's time and its own 74 random bits. */
        private UUID v7(int i) {
            int at = i * 10;
            long msb = (millis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | ((random[at] & 0x0FL) << 8) | (random[at + 1] & 0xFFL);
            long lsb = 0;
            for (int b = 2; b < 10; b++) {
                lsb = lsb << 8 | (random[at + b] & 0xFFL);
            }
            return new UUID(msb, lsb & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L);
        }

        Object[] arguments(UUID communityId, String source, Timestamp created, int size) {
            return new Object[] {communityId, source, created, cut(ids, size), cut(times, size), cut(members, size),
                    cut(types, size), cut(customTypes, size), cut(keys, size), cut(contentRefs, size),
                    cut(activityRefs, size), cut(properties, size)};
        }

        private static @Nullable String[] cut(@Nullable String[] values, int size) {
            return size == values.length ? values : java.util.Arrays.copyOf(values, size);
        }
    }
}
