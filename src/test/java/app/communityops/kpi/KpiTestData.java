package app.communityops.kpi;

import app.communityops.activity.ActivityTestData;
import app.communityops.content.ContentTestData;
import app.communityops.members.MemberTestData;
import app.communityops.members.MembershipEventType;
import app.communityops.members.MembershipStatus;
import app.communityops.money.MoneyTestData;
import app.communityops.shared.TenantContext;
import app.communityops.shared.Uuids;
import app.communityops.testing.TestTenants.Fixture;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Members, their history, attendance, content and orders of a test tenant at chosen instants, each through its
 * feature's test data (MemberTestData, ActivityTestData, ContentTestData, MoneyTestData), so each KPI can be
 * checked against numbers worked out by hand; and the rollups' own rows.
 */
@Component
public class KpiTestData {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final MemberTestData members;
    private final ActivityTestData activities;
    private final ContentTestData content;
    private final MoneyTestData money;

    KpiTestData(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, MemberTestData members,
                ActivityTestData activities, ContentTestData content, MoneyTestData money) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.members = members;
        this.activities = activities;
        this.content = content;
        this.money = money;
    }

    /** A member and a membership of the community, still without history; answers {member, membership}. */
    public UUID[] member(Fixture tenant, UUID community, String handle) {
        MemberTestData.Added added = members.addOne(tenant.tenantId(), community,
                MemberTestData.Spec.of(handle, handle + "-" + Uuids.v7(), MembershipStatus.JOINED)
                        .dates(Instant.now(), null, null));
        return new UUID[] {added.member(), added.membership()};
    }

    /** A JOINED, LEFT or ELIMINATED event of a membership, which moves the membership with it. */
    public void history(Fixture tenant, UUID community, UUID membership, String type, Instant at) {
        members.stay(tenant.tenantId(), membership, MembershipEventType.valueOf(type), at);
    }

    public void decided(Fixture tenant, UUID membership, String status, Instant at) {
        members.decided(tenant.tenantId(), membership, MembershipStatus.valueOf(status), at);
    }

    public void attended(Fixture tenant, UUID community, UUID member, Instant at) {
        UUID type = activities.type(tenant.tenantId(), "type " + Uuids.v7());
        UUID activity = activities.done(tenant.tenantId(), community, type, "Weekly sharing", null, null, at);
        activities.attended(tenant.tenantId(), activity, community, member, at);
    }

    public void published(Fixture tenant, UUID community, Instant at, int reactions, int replies, int shares) {
        content.published(tenant.tenantId(), community, at, reactions, replies, shares);
    }

    /** An offer of the community, for orders. */
    public UUID offer(Fixture tenant, UUID community, String currency) {
        return money.offerRow(tenant.tenantId(), community, currency);
    }

    public void order(Fixture tenant, UUID community, UUID offer, UUID member, String amount, String refunded,
                      String currency, Instant paidAt) {
        money.orderRow(tenant.tenantId(), community, offer, member, amount, refunded, currency, paidAt);
    }

    /** A member active on a day, as the rollup records it. */
    public void activeDay(Fixture tenant, UUID community, UUID member, LocalDate day) {
        sql(tenant, """
                insert into kpi_member_day (tenant_id, community_id, day, member_id, events)
                values (current_tenant_id(), ?, ?, ?, 1) on conflict do nothing""", community, Date.valueOf(day), member);
        sql(tenant, """
                insert into kpi_daily (tenant_id, community_id, day, active_members, events, message_posted, reply,
                    reaction, content_viewed, activity_attended, check_in, referral, custom)
                values (current_tenant_id(), ?, ?, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0)
                on conflict (tenant_id, community_id, day) do update
                    set active_members = kpi_daily.active_members + 1, events = kpi_daily.events + 1""",
                community, Date.valueOf(day));
    }

    /** A member active on a day with these engagement types' bits (Rollups.TYPES), as the rollup records it. */
    public void activeDay(Fixture tenant, UUID community, UUID member, LocalDate day, int types) {
        activeDay(tenant, community, member, day);
        sql(tenant, "update kpi_member_day set types = ? where community_id = ? and day = ? and member_id = ?", types,
                community, Date.valueOf(day), member);
    }

    /** Sets the community's monthly target of one KPI from {@code start}, in its own transaction. */
    public void monthlyTarget(Fixture tenant, UUID community, LocalDate start, String kpi, int value) {
        sql(tenant, "delete from kpi_target where community_id = ? and kpi = ? and period_kind = 'MONTH'"
                + " and period_start = ?", community, kpi, Date.valueOf(start));
        TenantContext.runAs(tenant.tenantId(), () -> transactions.executeWithoutResult(status ->
                target(jdbc, community, "MONTH", start, kpi, value)));
    }

    public int sql(Fixture tenant, String sql, Object... arguments) {
        return TenantContext.callAs(tenant.tenantId(), () -> transactions.execute(status -> jdbc.update(sql, arguments)));
    }

    public <T> List<T> column(Fixture tenant, String sql, Class<T> type, Object... arguments) {
        return TenantContext.callAs(tenant.tenantId(),
                () -> transactions.execute(status -> jdbc.queryForList(sql, type, arguments)));
    }

    /**
     * The health benchmark's rollup of the last 30 days: KPI benchmark member {@code g} (in community
     * {@code g mod communities}) active on about three of them, with one to two kinds of engagement a day, a third of
     * the members viewing content; written in the caller's transaction and tenant.
     */
    public static int healthBenchMemberDays(JdbcOperations jdbc, String seed, int communities, int members) {
        return jdbc.update("""
                insert into kpi_member_day (tenant_id, community_id, day, member_id, events, types)
                select current_tenant_id(), md5(? || 'community' || g % ?)::uuid, current_date - d,
                       md5(? || 'member' || g)::uuid, 1 + (g + d) % 5,
                       ((1 << (d % 3)) | case when g % 3 = 0 then 8 else 0 end)::smallint
                from generate_series(0, 29) d
                cross join generate_series(0, ? - 1) g
                where (g * 31 + d * 7) % 10 < g % 3
                order by 2, 3, 4""", seed, communities, seed, members);
    }

    /**
     * A target of the community ({@code kind} MONTH or QUARTER, from {@code start}), written straight to the table in
     * the caller's transaction and tenant (for the load data).
     */
    public static int target(JdbcOperations jdbc, UUID community, String kind, LocalDate start, String kpi,
                             int value) {
        return jdbc.update("""
                insert into kpi_target (tenant_id, id, community_id, period_kind, period_start, kpi, target, created_at,
                                        version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, now(), 0)""", Uuids.v7(), community, kind,
                Date.valueOf(start), kpi, value);
    }

    /** The load data's business-logic canvas of a career community, in the caller's transaction and tenant. */
    public static int loadDataCanvas(JdbcOperations jdbc, UUID community) {
        return jdbc.update("""
                insert into kpi_canvas (tenant_id, community_id, founder_resources, target_users, problem_solved,
                                        value_provided, monetisation, core_goal, kpi_breakdown, created_at,
                                        version)
                values (current_tenant_id(), ?, 'Ten years of hiring at large companies',
                        'Graduates and early-career people', 'Not knowing how to prepare for interviews',
                        'Real interview questions, mock interviews and peer support',
                        'Bootcamp course, mock interviews, expert consulting', 'Course sales and satisfaction',
                        'Purchase rate = first purchase + repurchase; positive-review rate', now(), 0)""",
                community);
    }

    /**
     * The reports' March of two members: ann joined on 10 February and paid 100 CNY on 3 March; bob joined on
     * 5 March and paid 200 CNY, 20 of it refunded, on 6 March.
     */
    public void twoBuyersInMarch2026(Fixture tenant, UUID community) {
        UUID[] ann = member(tenant, community, "ann");
        UUID[] bob = member(tenant, community, "bob");
        history(tenant, community, ann[1], "JOINED", Instant.parse("2026-02-10T02:00:00Z"));
        history(tenant, community, bob[1], "JOINED", Instant.parse("2026-03-05T02:00:00Z"));
        UUID offer = offer(tenant, community, "CNY");
        order(tenant, community, offer, ann[0], "100", "0", "CNY", Instant.parse("2026-03-03T02:00:00Z"));
        order(tenant, community, offer, bob[0], "200", "20", "CNY", Instant.parse("2026-03-06T02:00:00Z"));
    }
}
