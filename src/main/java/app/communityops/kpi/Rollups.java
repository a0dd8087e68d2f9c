package app.communityops.kpi;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps kpi_member_day and kpi_daily equal to what the engagement events say, and kpi_member_flow to what the stay
 * events say (MemberFlows), for the tenant of the current transaction. A full rebuild recomputes everything; a
 * refresh recomputes only the community-days that events arrived for since the last run, however old those days
 * are (late events), and the flows of the communities whose stay events arrived. Runs hold a per-tenant advisory
 * lock, so the job and a rebuild on demand never interleave.
 */
@Component
class Rollups {

    /**
     * Events are stamped on arrival at the start of their writing transaction, which may commit a little later:
     * each refresh re-reads this much before the watermark, so a slow commit is still seen.
     */
    static final long OVERLAP_SECONDS = 15 * 60;

    /**
     * The layout the code writes (kpi_rollup_state.layout); rollups of another layout are rebuilt. 2 added the
     * member-days' type bits, 3 the membership flows.
     */
    static final int LAYOUT = 3;

    /** One bit per event type in kpi_member_day.types; {@link #mask} turns a list of types into their bits. */
    static final List<String> TYPES = List.of("MESSAGE_POSTED", "REPLY", "REACTION", "CONTENT_VIEWED",
            "ACTIVITY_ATTENDED", "CHECK_IN", "REFERRAL", "CUSTOM");

    private static final String TYPE_BIT = """
            bit_or(case type when 'MESSAGE_POSTED' then 1 when 'REPLY' then 2 when 'REACTION' then 4
                             when 'CONTENT_VIEWED' then 8 when 'ACTIVITY_ATTENDED' then 16 when 'CHECK_IN' then 32
                             when 'REFERRAL' then 64 else 128 end)::smallint""";
    /** Per member-day: the events, their type bits and the count per type, summed up per day for kpi_daily. */
    private static final String MEMBER_DAY_COLUMNS = """
            count(*) as events, %s as types,
            count(*) filter (where type = 'MESSAGE_POSTED') as message_posted,
            count(*) filter (where type = 'REPLY') as reply, count(*) filter (where type = 'REACTION') as reaction,
            count(*) filter (where type = 'CONTENT_VIEWED') as content_viewed,
            count(*) filter (where type = 'ACTIVITY_ATTENDED') as activity_attended,
            count(*) filter (where type = 'CHECK_IN') as check_in, count(*) filter (where type = 'REFERRAL') as referral,
            count(*) filter (where type = 'CUSTOM') as custom""".formatted(TYPE_BIT);
    /**
     * Writes both rollups from one CTE {@code md (community_id, day, member_id, MEMBER_DAY_COLUMNS)}: the events are
     * read once, the member-days inserted in key order, and kpi_daily summed from them.
     */
    private static final String WRITE_BOTH = """
            , written as (
                insert into kpi_member_day (tenant_id, community_id, day, member_id, events, types)
                select current_tenant_id(), community_id, day, member_id, events, types from md
                order by community_id, day, member_id%s
            )
            insert into kpi_daily (tenant_id, community_id, day, active_members, events, message_posted, reply,
                                   reaction, content_viewed, activity_attended, check_in, referral, custom)
            select current_tenant_id(), community_id, day, count(*), sum(events), sum(message_posted), sum(reply),
                   sum(reaction), sum(content_viewed), sum(activity_attended), sum(check_in), sum(referral), sum(custom)
            from md group by community_id, day%s""";
    private static final String DAILY_VALUES = """
            active_members, events, message_posted, reply, reaction, content_viewed, activity_attended, check_in,
            referral, custom""";
    /**
     * Brings both rollups of the days wholly inside one partition in line with the CTE {@code md}: inserts what is
     * missing, updates what differs, deletes what has no events any more, and leaves equal rows alone, so a rebuild
     * over unchanged rollups writes nothing (delete-and-insert would rewrite, and check against, every dead key).
     * Parameters after md's: the partition's first and last whole tenant day, twice.
     */
    private static final String SYNC = """
            , member_days as (
                insert into kpi_member_day as k (tenant_id, community_id, day, member_id, events, types)
                select current_tenant_id(), community_id, day, member_id, events, types from md
                order by community_id, day, member_id
                on conflict (tenant_id, community_id, day, member_id) do update
                    set events = excluded.events, types = excluded.types
                    where (k.events, k.types) is distinct from (excluded.events, excluded.types)
            ), stale_member_days as (
                delete from kpi_member_day k
                where (k.community_id, k.day) in (select community_id, day from kpi_daily where day between ? and ?)
                  and not exists (select 1 from md where md.community_id = k.community_id and md.day = k.day
                                                     and md.member_id = k.member_id)
            ), daily as (
                select community_id, day, count(*) as active_members, sum(events) as events,
                       sum(message_posted) as message_posted, sum(reply) as reply, sum(reaction) as reaction,
                       sum(content_viewed) as content_viewed, sum(activity_attended) as activity_attended,
                       sum(check_in) as check_in, sum(referral) as referral, sum(custom) as custom
                from md group by community_id, day
            ), days as (
                insert into kpi_daily as k (tenant_id, community_id, day, %1$s)
                select current_tenant_id(), community_id, day, %1$s from daily
                on conflict (tenant_id, community_id, day) do update
                    set (%1$s) = (select %2$s)
                    where (%3$s) is distinct from (%2$s)
            )
            delete from kpi_daily k
            where k.day between ? and ?
              and not exists (select 1 from daily d where d.community_id = k.community_id and d.day = k.day)"""
            .formatted(DAILY_VALUES, prefixed("excluded."), prefixed("k."));

    private static String prefixed(String prefix) {
        return String.join(", ", DAILY_VALUES.replace("\n", " ").split(",\\s*")).replaceAll("(\\w+)", prefix + "$1");
    }

    private final JdbcTemplate jdbc;
    private final MemberFlows flows;

    Rollups(JdbcTemplate jdbc, MemberFlows flows) {
        this.jdbc = jdbc;
        this.flows = flows;
    }

    static int mask(Collection<String> types) {
        int mask = 0;
        for (String type : types) {
            int bit = TYPES.indexOf(type);
            mask |= bit < 0 ? 0 : 1 << bit;
        }
        return mask;
    }

    /**
     * A full rebuild reads each month partition once (grouping a month's member-days fits in memory) and brings the
     * rollups of its whole days in line; the days a partition bound cuts in two are recomputed afterwards.
     */
    RollupResult rebuild(ZoneId zone, Instant now) {
        lock();
        // Each partition's member-days (a few hundred thousand) are grouped in memory, not in temporary files.
        jdbc.execute("set local work_mem = '64MB'");
        KpiCalculator.customPlans(jdbc);
        String z = zone.getId();
        List<Timestamp[]> partitions = jdbc.query("""
                select (b[1])::timestamptz, (b[2])::timestamptz from (
                    select regexp_match(pg_get_expr(c.relpartbound, c.oid),
                                        $$FROM \\('([^']+)'\\) TO \\('([^']+)'\\)$$) as b
                    from pg_inherits i join pg_class c on c.oid = i.inhrelid
                    where i.inhparent = 'engagement_event'::regclass) p
                where b is not null order by 1""",
                (rs, row) -> new Timestamp[] {rs.getTimestamp(1), rs.getTimestamp(2)});
        List<Timestamp> cutAt = new ArrayList<>();
        for (Timestamp[] partition : partitions) {
            LocalDate first = LocalDate.ofInstant(partition[0].toInstant(), zone);
            if (!first.atStartOfDay(zone).toInstant().equals(partition[0].toInstant())) {
                first = first.plusDays(1);
                cutAt.add(partition[0]);
            }
            LocalDate last = LocalDate.ofInstant(partition[1].toInstant(), zone).minusDays(1);
            if (!last.plusDays(1).atStartOfDay(zone).toInstant().equals(partition[1].toInstant())) {
                cutAt.add(partition[1]);
            }
            jdbc.update("""
                    with md as materialized (
                        select community_id, (occurred_at at time zone ?)::date as day, member_id, %s
                        from engagement_event where occurred_at >= ? and occurred_at < ?
                        group by 1, 2, 3
                    )""".formatted(MEMBER_DAY_COLUMNS) + SYNC, z, partition[0], partition[1],
                    Date.valueOf(first), Date.valueOf(last), Date.valueOf(first), Date.valueOf(last));
        }
        // Days before the first partition or after the last have no events any more (a dropped partition).
        jdbc.update("""
                with gone as (
                    delete from kpi_daily where day < ? or day > ? returning community_id, day
                )
                delete from kpi_member_day k using gone g where k.community_id = g.community_id and k.day = g.day""",
                partitions.isEmpty() ? Date.valueOf(LocalDate.MAX.withYear(9999)) : Date.valueOf(
                        LocalDate.ofInstant(partitions.getFirst()[0].toInstant(), zone)),
                partitions.isEmpty() ? Date.valueOf(LocalDate.MIN.withYear(1)) : Date.valueOf(
                        LocalDate.ofInstant(partitions.getLast()[1].toInstant(), zone)));
        // A tenant day that a partition bound cuts in two has a part from each side: those community-days (every one
        // with a row, so also those whose events are gone) are computed again whole, from the community index.
        List<DayKey> cut = jdbc.query("""
                select k.community_id, k.day from kpi_daily k
                where k.day in (select (b at time zone ?)::date from unnest(?::timestamptz[]) b)""",
                (rs, row) -> new DayKey(rs.getObject(1, UUID.class), rs.getDate(2).toLocalDate()), z,
                cutAt.toArray(Timestamp[]::new));
        recompute(cut, zone);
        flows.recompute(null, zone);
        saveState(now, zone, true);
        Integer days = jdbc.queryForObject("select count(*) from kpi_daily", Integer.class);
        Integer communities = jdbc.queryForObject("select count(distinct community_id) from kpi_daily",
                Integer.class);
        return new RollupResult(days == null ? 0 : days, communities == null ? 0 : communities);
    }

    /** Folds in what arrived since the last run; the first run, or a changed zone or layout, rebuilds instead. */
    RollupResult refresh(ZoneId zone, Instant now) {
        lock();
        List<Object[]> state = jdbc.query("select watermark, zone, layout from kpi_rollup_state",
                (rs, row) -> new Object[] {rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getInt(3)});
        if (state.isEmpty() || !zone.getId().equals(state.getFirst()[1])
                || (Integer) state.getFirst()[2] != LAYOUT) {
            return rebuild(zone, now);
        }
        Instant since = ((Instant) state.getFirst()[0]).minusSeconds(OVERLAP_SECONDS);
        List<DayKey> dirty = jdbc.query("""
                        select distinct community_id, (occurred_at at time zone ?)::date from engagement_event
                        where tenant_id = current_tenant_id() and created_at >= ? and created_at < ?""",
                (rs, row) -> new DayKey(rs.getObject(1, UUID.class), rs.getDate(2).toLocalDate()),
                zone.getId(), Timestamp.from(since), Timestamp.from(now));
        RollupResult result = recompute(dirty, zone);
        // A community's flows are recomputed whole (tens of milliseconds): a stay event may change every later day.
        flows.recompute(flows.arrived(since, now), zone);
        saveState(now, zone, false);
        return result;
    }

    /** Recomputes the given community-days from the events. */
    RollupResult recompute(Collection<DayKey> days, ZoneId zone) {
        if (days.isEmpty()) {
            return new RollupResult(0, 0);
        }
        List<UUID> communities = new ArrayList<>();
        List<Date> dates = new ArrayList<>();
        Set<UUID> distinct = new HashSet<>();
        for (DayKey key : new HashSet<>(days)) {
            communities.add(key.communityId());
            dates.add(Date.valueOf(key.day()));
            distinct.add(key.communityId());
        }
        KpiCalculator.customPlans(jdbc);
        UUID[] c = communities.toArray(UUID[]::new);
        Date[] d = dates.toArray(Date[]::new);
        String z = zone.getId();
        String dirty = "(select * from unnest(?::uuid[], ?::date[]) as d (community_id, day))";
        jdbc.update("delete from kpi_member_day k using " + dirty + " d "
                + "where k.community_id = d.community_id and k.day = d.day", c, d);
        jdbc.update("delete from kpi_daily k using " + dirty + " d "
                + "where k.community_id = d.community_id and k.day = d.day", c, d);
        // Each dirty community-day reads its own slice of the events through the community index: the aggregate
        // inside the lateral subquery keeps it from being flattened into one join over every event.
        jdbc.update("""
                with md as materialized (
                    select d.community_id, d.day, s.* from unnest(?::uuid[], ?::date[]) as d (community_id, day)
                    cross join lateral (
                        select member_id, %s from engagement_event e
                        where e.community_id = d.community_id and e.occurred_at >= d.day::timestamp at time zone ?
                          and e.occurred_at < (d.day + 1)::timestamp at time zone ?
                        group by member_id) s
                )""".formatted(MEMBER_DAY_COLUMNS) + WRITE_BOTH.replace("%s", ""), c, d, z, z);
        return new RollupResult(d.length, distinct.size());
    }

    /**
     * Whether events of the community that occurred in the window arrived after the last run (late ones included),
     * so the figures read from the rollups do not count them yet: empty when the rollups are up to date, else the
     * time they are as of (the last run's watermark; {@link Behind#asOf()} null when they never ran). Reads only the
     * events that arrived since, through the arrival index.
     */
    Optional<Behind> behind(UUID community, Window window) {
        List<Instant> watermark = jdbc.query("select watermark from kpi_rollup_state",
                (rs, row) -> rs.getTimestamp(1).toInstant());
        // Never rolled up: any event of the window counts, found through the community index; else only those that
        // arrived since the watermark, through the arrival index (a few minutes' worth of events).
        Boolean late = watermark.isEmpty()
                ? jdbc.queryForObject("""
                        select exists (select 1 from engagement_event
                                       where tenant_id = current_tenant_id() and community_id = ?
                                         and occurred_at >= ? and occurred_at < ?)""",
                        Boolean.class, community, window.start(), window.end())
                : jdbc.queryForObject("""
                        select exists (select 1 from engagement_event
                                       where tenant_id = current_tenant_id() and created_at >= ? and community_id = ?
                                         and occurred_at >= ? and occurred_at < ?)""",
                        Boolean.class, Timestamp.from(watermark.getFirst()), community, window.start(), window.end());
        return Boolean.TRUE.equals(late)
                ? Optional.of(new Behind(watermark.isEmpty() ? null : watermark.getFirst()))
                : Optional.empty();
    }

    private void lock() {
        jdbc.execute("select pg_advisory_xact_lock(hashtext('kpi-rollup'), hashtext(current_tenant_id()::text))");
    }

    private void saveState(Instant now, ZoneId zone, boolean rebuilt) {
        Timestamp at = Timestamp.from(now);
        jdbc.update("""
                insert into kpi_rollup_state (tenant_id, watermark, zone, rebuilt_at, layout, created_at, version)
                values (current_tenant_id(), ?, ?, ?, %d, ?, 0)
                on conflict (tenant_id) do update set watermark = excluded.watermark, zone = excluded.zone,
                    rebuilt_at = coalesce(excluded.rebuilt_at, kpi_rollup_state.rebuilt_at), layout = excluded.layout,
                    version = kpi_rollup_state.version + 1""".formatted(LAYOUT),
                at, zone.getId(), rebuilt ? at : null, at);
    }

    /** Figures from the rollups are as of {@code asOf} (null: never rolled up): later events are not in them. */
    record Behind(@Nullable Instant asOf) {
    }

    /** A community's day in the tenant's zone. */
    record DayKey(UUID communityId, LocalDate day) {
    }
}
