package app.communityops.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import app.communityops.engagement.EngagementTestData;
import app.communityops.engagement.EngagementType;
import app.communityops.tenancy.TenantDirectory;
import app.communityops.tenancy.TenantService;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The running month through {@link KpiService}, on the real clock (whatever day today is in the tenant's zone):
 * it compares with the previous month's same span, its targets are judged by pacing and that judgement is the one
 * recorded for the alerts, the activity figures say "as of" while late events wait for the rollups, and a change of
 * the tenant's zone mid-month keeps the days consistent.
 */
@IntegrationTest
class PacingBoardTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired TestTenants tenants;
    @Autowired KpiTestData data;
    @Autowired EngagementTestData events;
    @Autowired KpiService kpis;
    @Autowired RollupService rollups;
    @Autowired TenantService tenantService;
    @Autowired TenantDirectory directory;

    Fixture tenant;
    UUID community;
    LocalDate today;
    KpiPeriod month;

    @BeforeEach
    void aRunningMonth() {
        tenant = tenants.create();
        community = tenant.communityId();
        today = SignedIn.as(tenant.operator(), kpis::today);
        month = KpiPeriod.of(PeriodKind.MONTH, today);
        assumeThat(month.runningOn(today)).as("on a month's last day every period is whole").isTrue();
    }

    @Test
    void theRunningMonthComparesWithTheSameDaysOfThePreviousMonth() {
        KpiPeriod before = month.previous();
        // Joins on the previous month's first day (inside the compared span) and on the day after the span (outside).
        joins("first", before.start());
        LocalDate afterSpan = before.start().plusDays(month.elapsedDays(today));
        if (!afterSpan.isAfter(before.last())) {
            joins("later", afterSpan);
        }
        joins("now", month.start());

        KpiBoard board = board(month);
        KpiValue joined = board.value(Kpi.MEMBERS_NEW).orElseThrow();
        assertThat(joined.value()).isEqualByComparingTo("1");
        assertThat(joined.previous()).as("only the join within the same days of last month").isEqualByComparingTo("1");
        assertThat(joined.compared()).isEqualTo(new KpiPeriod.Span(before.start(),
                before.start().plusDays(month.elapsedDays(today) - 1).isAfter(before.last()) ? before.last()
                        : before.start().plusDays(month.elapsedDays(today) - 1)));
        assertThat(board.compared()).contains(month.comparedSpan(today));
        assertThat(joined.changePercent()).isEqualByComparingTo("0");

        KpiBoard closed = board(before);
        assertThat(closed.value(Kpi.MEMBERS_NEW).orElseThrow().compared())
                .as("a closed month compares with the whole month before it")
                .isEqualTo(new KpiPeriod.Span(before.previous().start(), before.previous().last()));
    }

    @Test
    void aTargetIsJudgedByWhereItShouldBeByTodayAndThatIsWhatTheAlertsRecord() {
        long elapsed = month.elapsedDays(today);
        for (int i = 0; i < elapsed; i++) {
            joins("m" + i, month.start());
        }
        // One join a day for the month: by today the community should have `elapsed` joins, and has them.
        data.monthlyTarget(tenant, community, month.start(), "MEMBERS_NEW", (int) month.days());

        KpiValue joined = board(month).value(Kpi.MEMBERS_NEW).orElseThrow();
        assertThat(joined.pacing()).isNotNull();
        assertThat(joined.pacing().expected()).isEqualByComparingTo(String.valueOf(elapsed));
        assertThat(joined.pacing().forecast()).isEqualByComparingTo(String.valueOf(month.days()));
        assertThat(joined.pacing().elapsed()).isEqualTo(elapsed);
        assertThat(joined.status()).as("on pace, though far from the month's whole target")
                .isEqualTo(KpiStatus.GREEN);
        assertThat(data.column(tenant, "select last_status from kpi_target where community_id = ? and kpi = ?",
                String.class, community, "MEMBERS_NEW")).containsExactly("GREEN");
    }

    @Test
    void aMonthWithoutEventsOrMembersHasNoChangeAndNoPaceButItsTarget() {
        data.monthlyTarget(tenant, community, month.start(), "MEMBERS_NEW", 30);
        KpiBoard board = board(month);
        assertThat(board.values()).allSatisfy(value -> assertThat(value.changePercent()).as(value.kpi().name())
                .isNull());
        KpiValue joined = board.value(Kpi.MEMBERS_NEW).orElseThrow();
        assertThat(joined.pacing()).isNotNull();
        assertThat(joined.pacing().forecast()).isEqualByComparingTo("0");
        assertThat(board.value(Kpi.REVENUE).orElseThrow().pacing()).as("no target, no pacing").isNull();
        assertThat(board.activityBehind()).isFalse();
    }

    @Test
    void lateEventsShowTheActivityFiguresAsOfTheLastRollup() {
        UUID[] member = data.member(tenant, community, "late");
        events.event(tenant.tenantId(), community, member[0], EngagementType.REACTION, null,
                month.start().atTime(10, 0).atZone(SHANGHAI).toInstant(), Instant.now());
        KpiBoard never = board(month);
        assertThat(never.activityBehind()).as("events, and the rollups never ran").isTrue();
        assertThat(never.activityAsOf()).isNull();
        SignedIn.run(tenant.admin(), rollups::refresh);
        assertThat(board(month).activityBehind()).as("rolled up").isFalse();

        Instant arrived = Instant.now();
        events.event(tenant.tenantId(), community, member[0], EngagementType.REPLY, null,
                month.start().atTime(11, 0).atZone(SHANGHAI).toInstant(), arrived);
        KpiBoard behind = board(month);
        assertThat(behind.activityBehind()).as("a late event of the month's first day").isTrue();
        assertThat(behind.activityAsOf()).isNotNull();
        assertThat(behind.activityAsOf().toInstant()).isBeforeOrEqualTo(arrived);
        assertThat(behind.activityAsOf().getZone()).isEqualTo(SHANGHAI);

        SignedIn.run(tenant.admin(), rollups::refresh);
        KpiBoard caughtUp = board(month);
        assertThat(caughtUp.activityBehind()).isFalse();
        assertThat(caughtUp.activityAsOf()).isNull();
    }

    @Test
    void aZoneChangeMidMonthCutsTheDaysInTheNewZone() {
        joins("before", month.start());
        data.monthlyTarget(tenant, community, month.start(), "MEMBERS_NEW", 30);
        board(month);
        ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
        long version = directory.require(tenant.tenantId()).version();
        SignedIn.run(tenants.platformAdmin(), () -> tenantService.changeTimeZone(tenant.tenantId(), version,
                losAngeles));
        SignedIn.run(tenant.admin(), rollups::refresh);

        LocalDate there = SignedIn.as(tenant.operator(), kpis::today);
        assertThat(there).isEqualTo(LocalDate.now(losAngeles));
        KpiPeriod thatMonth = KpiPeriod.of(PeriodKind.MONTH, there);
        KpiBoard board = board(thatMonth);
        KpiValue joined = board.value(Kpi.MEMBERS_NEW).orElseThrow();
        if (thatMonth.runningOn(there)) {
            assertThat(joined.pacing()).isNotNull();
            assertThat(joined.pacing().elapsed()).isEqualTo(there.getDayOfMonth());
            assertThat(joined.pacing().total()).isEqualTo(thatMonth.days());
            assertThat(joined.compared()).isEqualTo(thatMonth.comparedSpan(there));
        }
        assertThat(joined.compared().days()).isLessThanOrEqualTo(thatMonth.previous().days());
    }

    private void joins(String handle, LocalDate day) {
        UUID[] member = data.member(tenant, community, handle);
        data.history(tenant, community, member[1], "JOINED", day.atTime(10, 0).atZone(SHANGHAI).toInstant());
    }

    private KpiBoard board(KpiPeriod period) {
        return SignedIn.as(tenant.operator(), () -> kpis.board(community, period));
    }

}
