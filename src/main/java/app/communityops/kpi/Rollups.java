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
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps kpi_member_day and kpi_daily equal to what the engagement events say, for the tenant of the current
 * transaction. A full rebuild recomputes everything; a refresh recomputes only the community-days that events
 * arrived for since the last run, however old those days are (late events). Runs hold a per-tenant advisory lock,
 * so the job and a rebuild on demand never interleave.
 */
@Component
class Rollups {

    /**
     * Events are stamped on arrival at the start of their writing transaction, which may commit a little later:
     * each refresh re-reads this much before the watermark, so a slow commit is still seen.
     */
    static final long OVERLAP_SECONDS = 15 * 60;

    private static final String TYPE_COUNTS = """
            count(*) filter (where type = 'MESSAGE_POSTED'), count(*) filter (where type = 'REPLY'),
            count(*) filter (where type = 'REACTION'), count(*) filter (where type = 'CONTENT_VIEWED'),
            count(*) filter (where type = 'ACTIVITY_ATTENDED'), count(*) filter (where type = 'CHECK_IN'),
            count(*) filter (where type = 'REFERRAL'), count(*) filter (where type = 'CUSTOM')""";
    private static final String DAILY_COLUMNS = """
            tenant_id, community_id, day, active_members, events, message_posted, reply, reaction, content_viewed,
            activity_attended, check_in, referral, custom""";
    private static final String ALL_EVENTS = """
            select community_id, (occurred_at at time zone ?)::date as day, member_id, type from engagement_event""";
    /**
     * Each dirty community-day reads its own slice of the events through the community index: the aggregate inside
     * the lateral subquery keeps it from being flattened into one join the planner might answer with a scan of
     * every event.
     */
    private static final String DIRTY = """
            from unnest(?::uuid[], ?::date[]) as d (community_id, day)
            cross join lateral (
                select %s from engagement_event e
                where e.community_id = d.community_id and e.occurred_at >= d.day::timestamp at time zone ?
                  and e.occurred_at < (d.day + 1)::timestamp at time zone ?
                %s) s""";

    private final JdbcTemplate jdbc;

    Rollups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    RollupResult rebuild(ZoneId zone, Instant now) {
        lock();
        jdbc.update("delete from kpi_member_day");
        jdbc.update("delete from kpi_daily");
        String z = zone.getId();
        jdbc.update("insert into kpi_member_day (tenant_id, community_id, day, member_id, events) "
                + "select current_tenant_id(), community_id, day, member_id, count(*) from (" + ALL_EVENTS + ") s "
                + "group by community_id, day, member_id", z);
        jdbc.update("insert into kpi_daily (" + DAILY_COLUMNS + ") "
                + "select current_tenant_id(), s.community_id, s.day, 0, count(*), " + TYPE_COUNTS
                + " from (" + ALL_EVENTS + ") s group by s.community_id, s.day", z);
        jdbc.update("""
                update kpi_daily k set active_members = a.active
                from (select community_id, day, count(*) as active from kpi_member_day group by community_id, day) a
                where k.community_id = a.community_id and k.day = a.day""");
        saveState(now, zone, true);
        Integer days = jdbc.queryForObject("select count(*) from kpi_daily", Integer.class);
        Integer communities = jdbc.queryForObject("select count(distinct community_id) from kpi_daily",
                Integer.class);
        return new RollupResult(days == null ? 0 : days, communities == null ? 0 : communities);
    }

    /** Folds in what arrived since the last run; the first run, or a changed tenant zone, rebuilds instead. */
    RollupResult refresh(ZoneId zone, Instant now) {
        lock();
        List<Object[]> state = jdbc.query("select watermark, zone from kpi_rollup_state",
                (rs, row) -> new Object[] {rs.getTimestamp(1).toInstant(), rs.getString(2)});
        if (state.isEmpty() || !zone.getId().equals(state.getFirst()[1])) {
            return rebuild(zone, now);
        }
        Instant since = ((Instant) state.getFirst()[0]).minusSeconds(OVERLAP_SECONDS);
        List<DayKey> dirty = jdbc.query("""
                        select distinct community_id, (occurred_at at time zone ?)::date from engagement_event
                        where created_at >= ? and created_at < ?""",
                (rs, row) -> new DayKey(rs.getObject(1, UUID.class), rs.getDate(2).toLocalDate()),
                zone.getId(), Timestamp.from(since), Timestamp.from(now));
        RollupResult result = recompute(dirty, zone);
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
        UUID[] c = communities.toArray(UUID[]::new);
        Date[] d = dates.toArray(Date[]::new);
        String z = zone.getId();
        String dirty = "(select * from unnest(?::uuid[], ?::date[]) as d (community_id, day))";
        jdbc.update("delete from kpi_member_day k using " + dirty + " d "
                + "where k.community_id = d.community_id and k.day = d.day", c, d);
        jdbc.update("delete from kpi_daily k using " + dirty + " d "
                + "where k.community_id = d.community_id and k.day = d.day", c, d);
        jdbc.update("insert into kpi_member_day (tenant_id, community_id, day, member_id, events) "
                + "select current_tenant_id(), d.community_id, d.day, s.member_id, s.n "
                + DIRTY.formatted("e.member_id, count(*) as n", "group by e.member_id"), c, d, z, z);
        jdbc.update("insert into kpi_daily (" + DAILY_COLUMNS + ") "
                + "select current_tenant_id(), d.community_id, d.day, "
                + "(select count(*) from kpi_member_day m where m.community_id = d.community_id and m.day = d.day), "
                + "s.* " + DIRTY.formatted("count(*) as events, " + TYPE_COUNTS, "") + " where s.events > 0",
                c, d, z, z);
        return new RollupResult(d.length, distinct.size());
    }

    private void lock() {
        jdbc.execute("select pg_advisory_xact_lock(hashtext('kpi-rollup'), hashtext(current_tenant_id()::text))");
    }

    private void saveState(Instant now, ZoneId zone, boolean rebuilt) {
        Timestamp at = Timestamp.from(now);
        jdbc.update("""
                insert into kpi_rollup_state (tenant_id, watermark, zone, rebuilt_at, created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, 0)
                on conflict (tenant_id) do update set watermark = excluded.watermark, zone = excluded.zone,
                    rebuilt_at = coalesce(excluded.rebuilt_at, kpi_rollup_state.rebuilt_at),
                    version = kpi_rollup_state.version + 1""",
                at, zone.getId(), rebuilt ? at : null, at);
    }

    /** A community's day in the tenant's zone. */
    record DayKey(UUID communityId, LocalDate day) {
    }
}
