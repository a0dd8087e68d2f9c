package app.communityops.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.engagement.EngagementTestData;
import app.communityops.engagement.EngagementType;
import app.communityops.members.MemberTestData;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every KPI on a small data set worked out by hand, for March 2026 in the tenant's zone (Asia/Shanghai, UTC+8):
 * an instant at 16:30 UTC on the last day of February is already March there, and 16:30 UTC on 31 March is April.
 * A member who left and rejoined counts in both stays; refunds lower the revenue and fully refunded orders do not
 * count as purchases.
 */
@IntegrationTest
class KpiDefinitionsTest {

    static final KpiPeriod MARCH = KpiPeriod.of(PeriodKind.MONTH, LocalDate.of(2026, 3, 1));

    @Autowired TestTenants tenants;
    @Autowired KpiTestData data;
    @Autowired EngagementTestData events;
    @Autowired MemberTestData members;
    @Autowired KpiService kpis;
    @Autowired FunnelService funnels;
    @Autowired RollupService rollups;
    @Autowired MoneyKpis money;

    Fixture tenant;
    UUID community;
    UUID[] m2;
    UUID[] m3;
    UUID[] m6;

    @BeforeEach
    void march() {
        tenant = tenants.create();
        community = tenant.communityId();
        UUID[] m1 = data.member(tenant, community, "m1");
        m2 = data.member(tenant, community, "m2");
        m3 = data.member(tenant, community, "m3");
        UUID[] m4 = data.member(tenant, community, "m4");
        UUID[] m5 = data.member(tenant, community, "m5");
        m6 = data.member(tenant, community, "m6");
        data.history(tenant, community, m1[1], "JOINED", at("2026-02-10T02:00:00Z"));
        data.history(tenant, community, m2[1], "JOINED", at("2026-02-20T02:00:00Z"));
        data.history(tenant, community, m2[1], "LEFT", at("2026-03-05T02:00:00Z"));
        data.history(tenant, community, m2[1], "JOINED", at("2026-03-20T02:00:00Z"));
        data.history(tenant, community, m3[1], "JOINED", at("2026-02-28T16:30:00Z"));
        data.history(tenant, community, m4[1], "JOINED", at("2026-02-01T02:00:00Z"));
        data.history(tenant, community, m4[1], "ELIMINATED", at("2026-03-31T15:30:00Z"));
        data.history(tenant, community, m5[1], "JOINED", at("2026-03-31T16:30:00Z"));
        data.decided(tenant, m3[1], "JOINED", at("2026-03-01T02:00:00Z"));
        data.decided(tenant, m6[1], "REJECTED", at("2026-03-15T02:00:00Z"));
        data.decided(tenant, m5[1], "JOINED", at("2026-03-31T16:30:00Z"));
        data.attended(tenant, community, m1[0], at("2026-03-10T12:00:00Z"));
        data.attended(tenant, community, m3[0], at("2026-03-31T15:59:00Z"));
        data.attended(tenant, community, m2[0], at("2026-03-31T16:01:00Z"));
        data.published(tenant, community, at("2026-03-02T02:00:00Z"), 3, 2, 1);
        data.published(tenant, community, at("2026-03-15T02:00:00Z"), 0, 1, 1);
        data.published(tenant, community, at("2026-03-31T17:00:00Z"), 50, 50, 50);
        UUID cny = data.offer(tenant, community, "CNY");
        UUID usd = data.offer(tenant, community, "USD");
        data.order(tenant, community, cny, m1[0], "100", "0", "CNY", at("2026-03-03T02:00:00Z"));
        data.order(tenant, community, cny, m1[0], "50", "50", "CNY", at("2026-03-04T02:00:00Z"));
        data.order(tenant, community, cny, m3[0], "200", "20", "CNY", at("2026-03-06T02:00:00Z"));
        data.order(tenant, community, usd, m1[0], "10", "0", "USD", at("2026-03-07T02:00:00Z"));
        data.order(tenant, community, cny, m2[0], "500", "0", "CNY", at("2026-03-31T16:30:00Z"));
        data.activeDay(tenant, community, m1[0], LocalDate.of(2026, 3, 30));
        data.activeDay(tenant, community, m1[0], LocalDate.of(2026, 3, 31));
        data.activeDay(tenant, community, m3[0], LocalDate.of(2026, 3, 31));
        data.activeDay(tenant, community, m2[0], LocalDate.of(2026, 3, 10));
        data.activeDay(tenant, community, m2[0], LocalDate.of(2026, 3, 1));
    }

    @Test
    void membersAreCountedByTheirStaysInTheTenantsDays() {
        KpiBoard board = board();
        assertThat(value(board, Kpi.MEMBERS_TOTAL)).isEqualByComparingTo("3");
        assertThat(value(board, Kpi.MEMBERS_NEW)).isEqualByComparingTo("2");
        assertThat(value(board, Kpi.MEMBERS_LEFT)).isEqualByComparingTo("1");
        assertThat(value(board, Kpi.MEMBERS_ELIMINATED)).isEqualByComparingTo("1");
        assertThat(value(board, Kpi.CHURN_RATE)).isEqualByComparingTo("66.7");
        assertThat(board.value(Kpi.MEMBERS_NEW).orElseThrow().series()).hasSize(31)
                .filteredOn(point -> point.value().signum() > 0)
                .extracting(DayPoint::day).containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 20));
        assertThat(board.value(Kpi.MEMBERS_TOTAL).orElseThrow().series().getLast().value()).isEqualByComparingTo("3");
    }

    @Test
    void screeningAttendanceAndContent() {
        KpiBoard board = board();
        assertThat(value(board, Kpi.SCREENING_PASS_RATE)).isEqualByComparingTo("50.0");
        assertThat(value(board, Kpi.ATTENDANCE_RATE)).isEqualByComparingTo("50.0");
        assertThat(value(board, Kpi.CONTENT_PUBLISHED)).isEqualByComparingTo("2");
        assertThat(value(board, Kpi.ENGAGEMENT_PER_ITEM)).isEqualByComparingTo("4.0");
    }

    @Test
    void theMembershipFlowsGiveTheSameMemberFiguresAndAttendanceBase() {
        KpiBoard counted = board();
        // After a rollup run the members at the window's edges come from kpi_member_flow, and the attendance base
        // adds the window's joiners who were not members at its start: m3, but not m2, who left and rejoined.
        SignedIn.run(tenant.admin(), rollups::rebuild);
        KpiBoard flowing = board();
        for (Kpi kpi : List.of(Kpi.MEMBERS_TOTAL, Kpi.CHURN_RATE, Kpi.ATTENDANCE_RATE)) {
            assertThat(value(flowing, kpi)).as(kpi.name()).isEqualByComparingTo(value(counted, kpi));
        }
        assertThat(value(flowing, Kpi.ATTENDANCE_RATE)).isEqualByComparingTo("50.0");
    }

    @Test
    void moneyInTheCommunitysCurrencyWithRefunds() {
        KpiBoard board = board();
        assertThat(board.currency()).isEqualTo("CNY");
        assertThat(value(board, Kpi.REVENUE)).isEqualByComparingTo("280.00");
        assertThat(value(board, Kpi.ARPU)).isEqualByComparingTo("70.00");
        assertThat(value(board, Kpi.ARPPU)).isEqualByComparingTo("140.00");
        assertThat(value(board, Kpi.FIRST_PURCHASE_RATE)).isEqualByComparingTo("50.0");
        assertThat(value(board, Kpi.REPURCHASE_RATE)).isEqualByComparingTo("50.0");
        assertThat(value(board, Kpi.REFUND_RATE)).isEqualByComparingTo("50.0");
        assertThat(board.value(Kpi.POSITIVE_REVIEW_RATE).orElseThrow().value()).isNull();
    }

    @Test
    void activeMembersFromTheRollups() {
        KpiBoard board = board();
        assertThat(value(board, Kpi.DAU)).isEqualByComparingTo("0.2");
        assertThat(value(board, Kpi.WAU)).isEqualByComparingTo("2");
        assertThat(value(board, Kpi.MAU)).isEqualByComparingTo("3");
        assertThat(value(board, Kpi.STICKINESS)).isEqualByComparingTo("6.7");
        assertThat(value(board, Kpi.RETENTION_M1)).isEqualByComparingTo("66.7");
        assertThat(board.value(Kpi.DAU).orElseThrow().series()).extracting(point -> point.value().intValue())
                .startsWith(1, 0).endsWith(0, 1, 2);
    }

    @Test
    void theNextPeriodComparesWithThisOne() {
        KpiBoard april = SignedIn.as(tenant.admin(), () -> kpis.board(community, MARCH.next()));
        KpiValue total = april.value(Kpi.MEMBERS_TOTAL).orElseThrow();
        assertThat(total.previous()).isEqualByComparingTo("3");
        assertThat(total.value()).isEqualByComparingTo("4");
        assertThat(total.changePercent()).isEqualByComparingTo("33.3");
    }

    @Test
    void activationAndTheFunnelPerChannel() {
        for (String month : new String[] {"2026-02-01", "2026-03-01", "2026-04-01"}) {
            data.column(tenant, "select engagement_ensure_partition(?)", String.class, java.sql.Date.valueOf(month));
        }
        // m3 joined 2026-02-28T16:30Z: a reply a minute before seven days are up activates; m2 (rejoined
        // 2026-03-20T02:00Z) only reacts, and posts exactly seven days later, which is too late.
        event(m3[0], "REPLY", "2026-03-07T16:29:00Z");
        event(m2[0], "REACTION", "2026-03-21T02:00:00Z");
        event(m2[0], "MESSAGE_POSTED", "2026-03-27T02:00:00Z");
        SignedIn.run(tenant.admin(), rollups::rebuild);
        UUID channel = members.channel(tenant.tenantId(), "Zhihu");
        data.sql(tenant, "update membership set channel_id = ?, applied_at = ? where id = ?", channel,
                java.sql.Timestamp.from(at("2026-03-01T01:00:00Z")), m3[1]);
        data.sql(tenant, "update membership set applied_at = ? where id in (?, ?)",
                java.sql.Timestamp.from(at("2026-03-10T01:00:00Z")), m2[1], m6[1]);
        assertThat(value(board(), Kpi.ACTIVATION_RATE)).isEqualByComparingTo("50.0");

        Funnel funnel = SignedIn.as(tenant.clientUser(), () -> funnels.funnel(community, MARCH));
        assertThat(funnel.total().steps()).extracting(Funnel.Step::count).containsExactly(3L, 2L, 1L, 1L, 0L);
        assertThat(funnel.total().step(FunnelStageKind.JOINED).conversionPercent()).isEqualByComparingTo("66.7");
        assertThat(funnel.total().step(FunnelStageKind.ACTIVATED).dropOff()).isEqualTo(1);
        assertThat(funnel.channels()).hasSize(2);
        Funnel.Channel zhihu = funnel.channels().stream().filter(c -> channel.equals(c.channelId())).findFirst()
                .orElseThrow();
        assertThat(zhihu.channelName()).isEqualTo("Zhihu");
        assertThat(zhihu.steps()).extracting(Funnel.Step::count).containsExactly(1L, 1L, 1L, 1L, 0L);
    }

    @Test
    void theFunnelCountsEachJoinersOrdersFromJoiningToThePeriodsEnd() {
        UUID cny = data.offer(tenant, community, "CNY");
        // m2 rejoined 2026-03-20T02:00Z: an order while it was away does not count, nor one fully refunded, so it
        // pays once. m3 (joined 2026-02-28T16:30Z) buys again on 31 March, a minute before the period ends.
        data.order(tenant, community, cny, m2[0], "30", "0", "CNY", at("2026-03-10T02:00:00Z"));
        data.order(tenant, community, cny, m2[0], "40", "40", "CNY", at("2026-03-22T02:00:00Z"));
        data.order(tenant, community, cny, m2[0], "45", "0", "CNY", at("2026-03-25T02:00:00Z"));
        data.order(tenant, community, cny, m3[0], "20", "0", "CNY", at("2026-03-31T15:59:00Z"));

        Funnel funnel = SignedIn.as(tenant.operator(), () -> funnels.funnel(community, MARCH));
        assertThat(funnel.total().step(FunnelStageKind.PAYING).count()).isEqualTo(2);
        assertThat(funnel.total().step(FunnelStageKind.REPURCHASING).count()).isEqualTo(1);
    }

    @Test
    void activationReadsInnerDaysFromTheRollupsAndTheWindowsEdgesFromTheEvents() {
        for (String month : new String[] {"2026-02-01", "2026-03-01", "2026-04-01"}) {
            data.column(tenant, "select engagement_ensure_partition(?)", String.class, java.sql.Date.valueOf(month));
        }
        // m2 (rejoined 2026-03-20T02:00Z) checks in on an inner day of the window; m3 (joined 2026-02-28T16:30Z,
        // 1 March 00:30 in Shanghai) posts on the window's first day, but half an hour before joining; a reaction
        // on an inner day does not qualify.
        event(m2[0], "CHECK_IN", "2026-03-24T02:00:00Z");
        event(m3[0], "MESSAGE_POSTED", "2026-02-28T16:00:00Z");
        event(m3[0], "REACTION", "2026-03-03T02:00:00Z");
        SignedIn.run(tenant.admin(), rollups::rebuild);

        assertThat(value(board(), Kpi.ACTIVATION_RATE)).isEqualByComparingTo("50.0");
        Funnel funnel = SignedIn.as(tenant.operator(), () -> funnels.funnel(community, MARCH));
        assertThat(funnel.total().step(FunnelStageKind.ACTIVATED).count()).isEqualTo(1);
    }

    @Test
    void theDashboardShowsWhatTheBoardTheFunnelAndTheCohortsShowOnTheirOwn() {
        for (String month : new String[] {"2026-02-01", "2026-03-01", "2026-04-01"}) {
            data.column(tenant, "select engagement_ensure_partition(?)", String.class, java.sql.Date.valueOf(month));
        }
        event(m2[0], "CHECK_IN", "2026-03-24T02:00:00Z");
        event(m3[0], "MESSAGE_POSTED", "2026-03-02T02:00:00Z");
        SignedIn.run(tenant.admin(), rollups::rebuild);

        Dashboard dashboard = SignedIn.as(tenant.operator(), () -> kpis.dashboard(community, MARCH, 6));
        assertThat(dashboard.board()).isEqualTo(SignedIn.as(tenant.operator(), () -> kpis.board(community, MARCH)));
        assertThat(dashboard.funnel())
                .isEqualTo(SignedIn.as(tenant.operator(), () -> funnels.funnel(community, MARCH)));
        assertThat(dashboard.cohorts()).isEqualTo(SignedIn.as(tenant.operator(), () -> kpis.cohorts(community, 6)));
        assertThat(value(dashboard.board(), Kpi.ACTIVATION_RATE)).isEqualByComparingTo("100.0");
        assertThat(dashboard.funnel().total().step(FunnelStageKind.ACTIVATED).count()).isEqualTo(2);
        assertThat(dashboard.funnel().total().step(FunnelStageKind.JOINED).previous()).isEqualTo(3);
    }

    @Test
    void theBoardsMoneyFiguresOfBothPeriodsAreTheMoneyFeaturesOwn() {
        UUID cny = data.offer(tenant, community, "CNY");
        data.order(tenant, community, cny, m3[0], "80", "0", "CNY", at("2026-02-27T02:00:00Z"));
        data.order(tenant, community, cny, m2[0], "60", "60", "CNY", at("2026-02-21T02:00:00Z"));
        KpiBoard board = board();
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Map<Kpi, BigDecimal> march = SignedIn.as(tenant.operator(), () -> money.values(community,
                new Window(MARCH.start(), MARCH.last(), zone), board.currency()));
        KpiPeriod february = MARCH.previous();
        Map<Kpi, BigDecimal> before = SignedIn.as(tenant.operator(), () -> money.values(community,
                new Window(february.start(), february.last(), zone), board.currency()));
        for (Kpi kpi : Kpi.from(Kpi.Source.MONEY)) {
            KpiValue value = board.value(kpi).orElseThrow();
            assertSame(kpi, value.value(), march.get(kpi));
            assertSame(kpi, value.previous(), before.get(kpi));
        }
        assertThat(board.value(Kpi.REVENUE).orElseThrow().previous()).isEqualByComparingTo("80.00");
    }

    @Test
    void cohortsCountTheJoinersActiveInEachMonthFromTheirJoinMonthOn() {
        java.time.YearMonth now = java.time.YearMonth.from(SignedIn.as(tenant.admin(), kpis::today));
        UUID[] x = data.member(tenant, community, "x");
        UUID[] y = data.member(tenant, community, "y");
        data.history(tenant, community, x[1], "JOINED", at(now.minusMonths(2).atDay(10) + "T02:00:00Z"));
        data.history(tenant, community, y[1], "JOINED", at(now.minusMonths(1).atDay(10) + "T02:00:00Z"));
        data.activeDay(tenant, community, x[0], now.minusMonths(2).atDay(20));
        data.activeDay(tenant, community, x[0], now.minusMonths(2).atDay(21));
        data.activeDay(tenant, community, x[0], now.atDay(1));
        // Activity in the join month before the join counts for its month, as activity before the cohorts' range
        // does not.
        data.activeDay(tenant, community, y[0], now.minusMonths(1).atDay(2));
        data.activeDay(tenant, community, y[0], now.minusMonths(6).atDay(2));

        CohortMatrix matrix = SignedIn.as(tenant.operator(), () -> kpis.cohorts(community, 3));
        assertThat(matrix.cohorts()).extracting(CohortMatrix.Cohort::month)
                .containsExactly(now.minusMonths(2), now.minusMonths(1), now);
        assertThat(matrix.cohorts()).extracting(CohortMatrix.Cohort::members).containsExactly(1L, 1L, 0L);
        assertThat(matrix.cohorts().get(0).retainedPercent())
                .containsExactly(new BigDecimal("100.0"), new BigDecimal("0.0"), new BigDecimal("100.0"));
        assertThat(matrix.cohorts().get(1).retainedPercent())
                .containsExactly(new BigDecimal("100.0"), new BigDecimal("0.0"));
        assertThat(matrix.cohorts().get(2).retainedPercent()).containsExactly((BigDecimal) null);
    }

    @Test
    void cohortsFollowTheTenantsMonthsAndARejoinerJoinsBothCohorts() {
        java.time.YearMonth now = java.time.YearMonth.from(SignedIn.as(tenant.admin(), kpis::today));
        UUID[] z = data.member(tenant, community, "z");
        // 16:30 UTC on the last day of a month is half past midnight on the 1st in Shanghai: the next month's cohort.
        data.history(tenant, community, z[1], "JOINED", at(now.minusMonths(1).atDay(1).minusDays(1) + "T16:30:00Z"));
        data.history(tenant, community, z[1], "LEFT", at(now.minusMonths(1).atDay(5) + "T02:00:00Z"));
        data.history(tenant, community, z[1], "JOINED", at(now.atDay(1) + "T02:00:00Z"));
        data.activeDay(tenant, community, z[0], now.atDay(1));

        CohortMatrix matrix = SignedIn.as(tenant.operator(), () -> kpis.cohorts(community, 3));
        assertThat(matrix.cohorts()).extracting(CohortMatrix.Cohort::members).containsExactly(0L, 1L, 1L);
        assertThat(matrix.cohorts().get(1).retainedPercent())
                .containsExactly(new BigDecimal("0.0"), new BigDecimal("100.0"));
        assertThat(matrix.cohorts().get(2).retainedPercent()).containsExactly(new BigDecimal("100.0"));
    }

    @Test
    void theDashboardsMonthlyRetentionIsTheCohortMatrixsCellAndTheBoardsValue() {
        java.time.YearMonth now = java.time.YearMonth.from(SignedIn.as(tenant.admin(), kpis::today));
        UUID[] x = data.member(tenant, community, "x");
        UUID[] y = data.member(tenant, community, "y");
        UUID[] z = data.member(tenant, community, "z");
        data.history(tenant, community, x[1], "JOINED", at(now.minusMonths(2).atDay(10) + "T02:00:00Z"));
        data.history(tenant, community, y[1], "JOINED", at(now.minusMonths(1).atDay(10) + "T02:00:00Z"));
        data.history(tenant, community, z[1], "JOINED", at(now.minusMonths(1).atDay(11) + "T02:00:00Z"));
        data.activeDay(tenant, community, x[0], now.minusMonths(1).atDay(3));
        data.activeDay(tenant, community, y[0], now.atDay(1));
        KpiPeriod month = KpiPeriod.of(PeriodKind.MONTH, now.atDay(1));

        Dashboard dashboard = SignedIn.as(tenant.operator(), () -> kpis.dashboard(community, month, 6));
        KpiValue retention = dashboard.board().value(Kpi.RETENTION_M1).orElseThrow();
        assertThat(retention.value()).isEqualByComparingTo("50.0");
        assertThat(retention.previous()).isEqualByComparingTo("100.0");
        assertThat(dashboard.board()).isEqualTo(SignedIn.as(tenant.operator(), () -> kpis.board(community, month)));
    }

    @Test
    void theOverviewComputesForAllCommunitiesWhatEachBoardComputes() {
        data.history(tenant, tenant.unassignedCommunityId(), data.member(tenant, tenant.unassignedCommunityId(),
                "u1")[1], "JOINED", at("2026-03-02T02:00:00Z"));
        List<Kpi> all = java.util.Arrays.stream(Kpi.values())
                .filter(kpi -> kpi != Kpi.ACTIVATION_RATE && kpi != Kpi.RETENTION_M1).toList();
        TenantOverview overview = SignedIn.as(tenant.admin(), () -> kpis.overview(MARCH, all));
        assertThat(overview.rows()).hasSize(3);
        for (TenantOverview.Row row : overview.rows()) {
            KpiBoard board = SignedIn.as(tenant.admin(), () -> kpis.board(row.communityId(), MARCH));
            for (Kpi kpi : all) {
                BigDecimal expected = board.value(kpi).orElseThrow().value();
                if (expected == null) {
                    assertThat(row.value(kpi)).as(kpi.name()).isNull();
                } else {
                    assertThat(row.value(kpi)).as(kpi.name()).isEqualByComparingTo(expected);
                }
            }
        }
        assertThat(overview.rows().stream().filter(row -> row.communityId().equals(community)).findFirst()
                .orElseThrow().value(Kpi.REVENUE)).isEqualByComparingTo("280.00");
    }

    @Test
    void theMembershipFlowsGiveWhatTheEventsGiveAndTodayIsAddedLive() {
        KpiPeriod thisMonth = KpiPeriod.of(PeriodKind.MONTH, SignedIn.as(tenant.admin(), kpis::today));
        // The rebuild drops the fixture's member-days (they have no events): the engagement KPIs are not compared.
        List<Kpi> all = java.util.Arrays.stream(Kpi.values())
                .filter(kpi -> !fromEngagement(kpi)).toList();
        KpiBoard march = board();
        KpiBoard now = board(thisMonth);
        TenantOverview overview = SignedIn.as(tenant.admin(), () -> kpis.overview(MARCH, all));
        // The history arrived well before the run, so the flows hold for every community.
        data.sql(tenant, "update membership_event set created_at = created_at - interval '1 hour'");
        SignedIn.run(tenant.admin(), rollups::rebuild);
        assertThat(data.column(tenant, "select count(*) from kpi_member_flow", Long.class).getFirst()).isPositive();
        assertSameValues(board(), march);
        assertSameValues(board(thisMonth), now);
        assertThat(SignedIn.as(tenant.admin(), () -> kpis.overview(MARCH, all)).rows())
                .containsExactlyInAnyOrderElementsOf(overview.rows());
        assertThat(overview.rows()).hasSize(3);
        BigDecimal members = value(now, Kpi.MEMBERS_TOTAL);
        UUID[] newcomer = data.member(tenant, community, "newcomer");
        data.history(tenant, community, newcomer[1], "JOINED", Instant.now());
        assertThat(value(board(thisMonth), Kpi.MEMBERS_TOTAL)).isEqualByComparingTo(members.add(BigDecimal.ONE));
        data.history(tenant, community, m3[1], "LEFT", Instant.now());
        assertThat(value(board(thisMonth), Kpi.MEMBERS_TOTAL)).isEqualByComparingTo(members);
        assertThat(value(board(), Kpi.MEMBERS_TOTAL)).isEqualByComparingTo("3");
        // The board reads the flows: damaged ones show; a back-dated stay event sends it back to the events.
        data.sql(tenant, """
                update kpi_member_flow set joined = joined + 10
                where day = (select min(day) from kpi_member_flow where community_id = ?)""", community);
        assertThat(value(board(), Kpi.MEMBERS_TOTAL)).isEqualByComparingTo("13");
        data.history(tenant, community, m6[1], "JOINED", at("2026-03-25T02:00:00Z"));
        assertThat(value(board(), Kpi.MEMBERS_TOTAL)).isEqualByComparingTo("4");
    }

    private static void assertSameValues(KpiBoard actual, KpiBoard expected) {
        for (KpiValue value : expected.values()) {
            if (fromEngagement(value.kpi())) {
                continue;
            }
            KpiValue same = actual.value(value.kpi()).orElseThrow();
            assertThat(same.value()).as(value.kpi().name()).isEqualTo(value.value());
            assertThat(same.previous()).as(value.kpi().name()).isEqualTo(value.previous());
            assertThat(same.series()).as(value.kpi().name()).isEqualTo(value.series());
        }
    }

    /** The KPIs read from the engagement rollups and events. */
    private static boolean fromEngagement(Kpi kpi) {
        return java.util.Set.of(Kpi.Source.ACTIVITY, Kpi.Source.JOINERS, Kpi.Source.RETENTION).contains(kpi.source());
    }

    private KpiBoard board(KpiPeriod period) {
        return SignedIn.as(tenant.operator(), () -> kpis.board(community, period));
    }

    private void event(UUID member, String type, String instant) {
        events.event(tenant.tenantId(), community, member, EngagementType.valueOf(type), null, at(instant),
                Instant.now());
    }

    private KpiBoard board() {
        return SignedIn.as(tenant.operator(), () -> kpis.board(community, MARCH));
    }

    private static void assertSame(Kpi kpi, BigDecimal actual, BigDecimal expected) {
        if (expected == null) {
            assertThat(actual).as(kpi.name()).isNull();
        } else {
            assertThat(actual).as(kpi.name()).isEqualByComparingTo(expected);
        }
    }

    private static BigDecimal value(KpiBoard board, Kpi kpi) {
        BigDecimal value = board.value(kpi).orElseThrow().value();
        assertThat(value).as(kpi.name()).isNotNull();
        return value;
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
