package app.communityops.engagement;

import app.communityops.members.DemoMembers;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo agency's joined members {@value #DAYS} days of engagement events, so DAU/MAU, activation and
 * retention have something to show: a few members post most days, many now and then, some fall silent a few weeks
 * after joining. Generated in one set-based statement through the application role (the tenant policy checks every
 * row) from a hash of member and day, so a rerun would give the same events; it runs once, for a tenant without
 * events. Memberships' "last active" follows from the events, through {@link DemoMembers}.
 */
@Component
public class EngagementDemoData {

    static final int DAYS = 120;
    private static final Logger log = LoggerFactory.getLogger(EngagementDemoData.class);

    /**
     * Per member a profile from the hash of its id (0–99): 0–9 post on 80 % of days, 10–39 on 35 %, 40–79 on 10 %,
     * 80–99 on 30 % but only in their first three weeks. Per active day one to four events of a type drawn from
     * the hash: messages most, then replies, reactions, content views, check-ins, activity attendance.
     */
    private static final String EVENTS = """
            insert into engagement_event (tenant_id, id, occurred_at, community_id, member_id, type, source,
                                          content_ref, activity_ref, properties, created_at)
            select current_tenant_id(), gen_random_uuid(), e.at, m.community_id, m.member_id, e.type, 'demo',
                   case when e.type = 'CONTENT_VIEWED' then 'post-' || (e.h % 40) end,
                   case when e.type = 'ACTIVITY_ATTENDED' then 'weekly-sharing' end,
                   case when e.type = 'MESSAGE_POSTED' then jsonb_build_object('length', 10 + e.h % 300) end, e.at
            from membership m
            cross join lateral (select abs(hashtext(m.member_id::text)::bigint) % 100 as profile) p
            cross join lateral generate_series(
                greatest(date_trunc('day', coalesce(m.joined_at, m.applied_at)), ?::timestamptz), ?::timestamptz,
                interval '1 day') d(day)
            cross join lateral (select abs(hashtext(m.member_id::text || d.day::text)::bigint) as h) r
            cross join lateral generate_series(1, 1 + r.h % 4) n(i)
            cross join lateral (
                select d.day + make_interval(mins => ((r.h / 7 + n.i * 97) % 1440)::int) as at,
                       (abs(hashtext(r.h::text || n.i::text)::bigint) % 100) as t, r.h as h) x
            cross join lateral (select x.at, x.h, case
                    when x.t < 40 then 'MESSAGE_POSTED' when x.t < 65 then 'REPLY' when x.t < 82 then 'REACTION'
                    when x.t < 92 then 'CONTENT_VIEWED' when x.t < 97 then 'CHECK_IN' else 'ACTIVITY_ATTENDED'
                    end as type) e
            where m.status = 'JOINED'
              and e.at < ?::timestamptz
              and case when p.profile < 10 then r.h % 100 < 80
                       when p.profile < 40 then r.h % 100 < 35
                       when p.profile < 80 then r.h % 100 < 10
                       else r.h % 100 < 30 and d.day < coalesce(m.joined_at, m.applied_at) + interval '21 days' end""";

    private static final String LAST_SEEN = """
            select community_id, member_id, max(occurred_at) as last from engagement_event
            where source = 'demo' group by community_id, member_id""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final DemoMembers members;
    private final Clock clock;

    EngagementDemoData(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, DemoMembers members,
                       Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.members = members;
        this.clock = clock;
    }

    /** Seeds the events once; a tenant with events is left alone. */
    public void seedTenant(UUID tenantId) {
        app.communityops.shared.TenantContext.runAs(tenantId, () -> transactions.executeWithoutResult(status -> {
            if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from engagement_event)",
                    Boolean.class))) {
                return;
            }
            Instant now = clock.instant();
            Instant from = now.minus(java.time.Duration.ofDays(DAYS));
            for (YearMonth month = YearMonth.from(from.atOffset(ZoneOffset.UTC));
                 !month.isAfter(YearMonth.from(now.atOffset(ZoneOffset.UTC))); month = month.plusMonths(1)) {
                jdbc.queryForObject("select engagement_ensure_partition(?)", String.class,
                        Date.valueOf(LocalDate.of(month.getYear(), month.getMonth(), 1)));
            }
            int events = jdbc.update(EVENTS, Timestamp.from(from), Timestamp.from(now), Timestamp.from(now));
            members.lastActive(jdbc.query(LAST_SEEN, (rs, row) -> new DemoMembers.LastActive(
                    rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getTimestamp(3).toInstant())));
            log.info("Demo engagement events created: {}", events);
        }));
    }

    /**
     * The KPI seed's ninety days of engagement for the joined members of active communities, in the caller's tenant
     * transaction: on about a third of the days a member is active, with a few events of the usual kinds; members
     * later in the list are less active, as in a real group. Set-based, like the seed above, for speed.
     */
    public void ninetyDaysForKpis(LocalDate today) {
        for (int back = 0; back <= 3; back++) {
            jdbc.queryForObject("select engagement_ensure_partition(?)", String.class,
                    Date.valueOf(today.minusMonths(back).withDayOfMonth(1)));
        }
        jdbc.update("""
                insert into engagement_event (tenant_id, id, occurred_at, community_id, member_id, type, source,
                                              created_at, version)
                select current_tenant_id(), gen_random_uuid(),
                       date_trunc('day', now()) - (n || ' days')::interval
                           + ((abs(hashtext(m.id::text || n || k)) % 50000) || ' seconds')::interval,
                       m.community_id, m.member_id,
                       (array['MESSAGE_POSTED', 'REPLY', 'REACTION', 'CONTENT_VIEWED', 'CHECK_IN',
                              'ACTIVITY_ATTENDED'])[1 + abs(hashtext(m.id::text || k || n)) % 6],
                       'demo', now(), 0
                from membership m
                cross join generate_series(1, 90) n
                cross join generate_series(1, 3) k
                where m.status = 'JOINED' and m.community_id in (select id from community where status = 'ACTIVE')
                  and abs(hashtext(m.id::text || n)) % (2 + abs(hashtext(m.id::text)) % 5) = 0
                  and (k = 1 or abs(hashtext(m.id::text || n || k)) % 2 = 0)""");
    }
}
