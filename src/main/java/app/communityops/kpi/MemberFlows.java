package app.communityops.kpi;

import app.communityops.shared.NotNull;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * kpi_member_flow: per community and tenant day, the memberships that became members and those that stopped being
 * members, so "members at an instant" is a sum over days instead of a pass over every stay event.
 *
 * <p>The flows are exact for the history the rollup run saw. A reader uses them for the days before the cut (the
 * tenant day the run's watermark, less the arrival overlap, falls on) and adds the few stay events from the cut on
 * live; a community that received a stay event dated before the cut since then (a back-dated change or an import)
 * is left to the caller to count from the events, as are all communities while the flows were cut in another zone
 * or layout. So the figures never depend on the job having run.
 */
@Component
class MemberFlows {

    static final String STAYS = "('JOINED', 'LEFT', 'ELIMINATED')";

    /**
     * Whether membership {@code %1$s} of community {@code %2$s} was a member just before instant {@code %3$s} (1 or
     * 0): its latest stay event before it is JOINED, a tie at the same instant broken by the larger event id.
     */
    static final String MEMBER_AT = """
            coalesce((select (t.type = 'JOINED')::int from membership_event t
                      where t.community_id = %2$s and t.membership_id = %1$s and t.type in %4$s and t.occurred_at < %3$s
                      order by t.occurred_at desc, t.id desc limit 1), 0)""";

    private final JdbcTemplate jdbc;

    MemberFlows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static String memberAt(String membership, String community, String instant) {
        return MEMBER_AT.formatted(membership, community, instant, STAYS);
    }

    /**
     * Recomputes the flows of the given communities whole, or of all the tenant's when {@code communities} is null:
     * each membership's stay events in the definition's order, a transition counted where the state changes.
     */
    void recompute(@Nullable Collection<UUID> communities, ZoneId zone) {
        if (communities != null && communities.isEmpty()) {
            return;
        }
        UUID[] scope = communities == null ? null : communities.toArray(UUID[]::new);
        String where = scope == null ? "" : " and community_id = any(?)";
        Object[] scoped = scope == null ? new Object[0] : new Object[] {scope};
        jdbc.update("delete from kpi_member_flow where true" + where, scoped);
        String sql = """
                insert into kpi_member_flow (tenant_id, community_id, day, joined, departed)
                select current_tenant_id(), community_id, day, count(*) filter (where type = 'JOINED'),
                       count(*) filter (where type <> 'JOINED')
                from (
                    select community_id, (occurred_at at time zone ?)::date as day, type,
                           lag(type) over (partition by community_id, membership_id order by occurred_at, id) as before
                    from membership_event where type in %s%s
                ) e
                where (type = 'JOINED') <> coalesce(before = 'JOINED', false)
                group by community_id, day
                order by community_id, day""".formatted(STAYS, where);
        jdbc.update(sql, scope == null ? new Object[] {zone.getId()} : new Object[] {zone.getId(), scope});
    }

    /** The communities with stay events that arrived in {@code [from, to)}: their flows are recomputed. */
    List<UUID> arrived(Instant from, Instant to) {
        return NotNull.column(jdbc.queryForList("""
                select distinct community_id from membership_event
                where tenant_id = current_tenant_id() and created_at >= ? and created_at < ? and type in %s"""
                .formatted(STAYS), UUID.class, Timestamp.from(from), Timestamp.from(to)));
    }

    /**
     * Members of each community at each instant (midnights of {@code zone}, in the order given), for the communities
     * whose flows hold; the others are not in the answer.
     */
    Map<UUID, long[]> membersAt(Collection<UUID> communities, List<Timestamp> instants, ZoneId zone) {
        List<Object[]> state = jdbc.query("select watermark, zone, layout, watermark <= now() from kpi_rollup_state",
                (rs, row) -> new Object[] {rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getInt(3),
                    rs.getBoolean(4)});
        // A watermark ahead of the database's clock cannot vouch for what arrived after it.
        if (state.isEmpty() || !zone.getId().equals(state.getFirst()[1])
                || (Integer) state.getFirst()[2] != Rollups.LAYOUT || !(Boolean) state.getFirst()[3]
                || communities.isEmpty() || instants.isEmpty()) {
            return Map.of();
        }
        Instant since = ((Instant) state.getFirst()[0]).minusSeconds(Rollups.OVERLAP_SECONDS);
        LocalDate cutDay = LocalDate.ofInstant(since, zone);
        Timestamp cut = Timestamp.from(cutDay.atStartOfDay(zone).toInstant());
        Set<UUID> dirty = new HashSet<>(jdbc.queryForList("""
                select distinct community_id from membership_event
                where tenant_id = current_tenant_id() and created_at >= ? and type in %s and occurred_at < ?"""
                .formatted(STAYS), UUID.class, Timestamp.from(since), cut));
        UUID[] clean = communities.stream().filter(community -> !dirty.contains(community)).toArray(UUID[]::new);
        if (clean.length == 0) {
            return Map.of();
        }
        Timestamp until = instants.stream().max(Comparator.naturalOrder()).orElseThrow();
        Map<UUID, long[]> members = new HashMap<>();
        jdbc.query("""
                with i (t, n) as (select * from unnest(?::timestamptz[]) with ordinality),
                c (id) as (select * from unnest(?::uuid[])),
                recent as materialized (
                    select distinct community_id, membership_id from membership_event
                    where community_id = any(?) and type in %s and occurred_at >= ? and occurred_at < ?
                ), change as (
                    select r.community_id, i.n, sum(%s - %s) as members
                    from recent r join i on i.t > ?
                    group by r.community_id, i.n
                )
                select c.id, i.n,
                       coalesce((select sum(f.joined - f.departed) from kpi_member_flow f
                                 where f.community_id = c.id and f.day < least((i.t at time zone ?)::date, ?)), 0)
                           + coalesce(ch.members, 0)
                from c cross join i left join change ch on ch.community_id = c.id and ch.n = i.n"""
                        .formatted(STAYS, memberAt("r.membership_id", "r.community_id", "i.t"),
                                memberAt("r.membership_id", "r.community_id", "?::timestamptz")),
                rs -> {
                    members.computeIfAbsent(rs.getObject(1, UUID.class), key -> new long[instants.size()])
                            [rs.getInt(2) - 1] = rs.getLong(3);
                },
                instants.toArray(Timestamp[]::new), clean, clean, cut, until, cut, cut, zone.getId(),
                java.sql.Date.valueOf(cutDay));
        return members;
    }
}
