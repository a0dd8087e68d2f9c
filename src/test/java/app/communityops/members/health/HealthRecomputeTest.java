package app.communityops.members.health;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.activity.ActivityTestData;
import app.communityops.kpi.KpiTestData;
import app.communityops.members.HealthAdvice;
import app.communityops.members.HealthFactor;
import app.communityops.members.HealthFactorKind;
import app.communityops.members.HealthFigures;
import app.communityops.members.HealthSegment;
import app.communityops.members.MemberSegmentChanged;
import app.communityops.members.MemberSegmentsChanged;
import app.communityops.members.MemberTestData;
import app.communityops.members.MembershipEventType;
import app.communityops.members.MembershipStatus;
import app.communityops.money.MoneyTestData;
import app.communityops.screening.ScreeningTestData;
import app.communityops.shared.TenantContext;
import app.communityops.shared.scheduling.TenantJobs;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily recompute against numbers worked out by hand (decision 0047): the scoring's edge cases, the segments,
 * idempotence, the month's flows, departures and the segment changes it publishes.
 */
@IntegrationTest
@RecordApplicationEvents
class HealthRecomputeTest {

    /** Days in the tenant's zone (Asia/Shanghai): a run at 04:00 UTC is at noon there. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-11-20T04:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    /** The scale of the positive points when the community held no activity: 100 / 85. */
    private static final double NO_ACTIVITIES = 100 / 85.0;
    /** MESSAGE_POSTED, REPLY, REACTION, CONTENT_VIEWED: four kinds, three of them content interactions. */
    private static final int FOUR_KINDS = 1 | 2 | 4 | 8;

    @Autowired
    TestTenants tenants;
    @Autowired
    MemberTestData members;
    @Autowired
    KpiTestData kpi;
    @Autowired
    ActivityTestData activities;
    @Autowired
    MoneyTestData money;
    @Autowired
    ScreeningTestData screening;
    @Autowired
    HealthRecompute recompute;
    @Autowired
    TenantJobs jobs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    ApplicationEvents events;

    private Fixture tenant;

    @BeforeEach
    void tenant() {
        tenant = tenants.create();
    }

    @Test
    void aMemberWithNoEventsAtAllIsScoredFromTheSilenceSinceJoining() {
        UUID slipping = joined("quiet", TODAY.minusDays(40), null);
        UUID gone = joined("long gone", TODAY.minusDays(100), null);

        run(NOW);

        Row quiet = row(slipping);
        assertThat(factor(quiet, HealthFactorKind.SILENT_DAYS).value()).isEqualTo(40);
        assertThat(factor(quiet, HealthFactorKind.ACTIVE_DAYS).value()).isZero();
        assertThat(factor(quiet, HealthFactorKind.PURCHASES).value()).isZero();
        assertThat(quiet.factors()).extracting(HealthFactor::kind).doesNotContain(HealthFactorKind.ATTENDED,
                HealthFactorKind.WARNINGS, HealthFactorKind.RED_LINES, HealthFactorKind.JOINED_DAYS_AGO);
        // recency 30 - 40 / 2 = 10, scaled by 100 / 85 as the community held no activity
        assertThat(quiet.score()).isEqualTo((int) Math.round(10 * NO_ACTIVITIES));
        assertThat(quiet.segment()).isEqualTo(HealthSegment.SLIPPING);
        // the pulls, of full marks scaled to 35, 29, 12, 12, 12: recency -23, no active day -29 (the strongest, so
        // the operator is told to ask a question in the member's area), no kinds, content or purchase -12 each
        assertThat(quiet.factors()).extracting(HealthFactor::points).containsExactly(-23, -29, -12, -12, -12);
        assertThat(HealthAdvice.nextStepKey(quiet.factors())).isEqualTo("health.nextStep.ACTIVE_DAYS");
        assertThat(row(gone).score()).isZero();
        assertThat(row(gone).segment()).isEqualTo(HealthSegment.DORMANT);
    }

    @Test
    void aMemberWhoJustJoinedIsNewWhateverTheScore() {
        UUID fresh = joined("fresh", TODAY.minusDays(2), null);

        run(NOW);

        Row row = row(fresh);
        assertThat(row.segment()).isEqualTo(HealthSegment.NEW);
        assertThat(factor(row, HealthFactorKind.JOINED_DAYS_AGO).value()).isEqualTo(2);
        assertThat(row.monthStartSegment()).as("joined during the month").isNull();
    }

    @Test
    void attendanceCountsOnlyTheActivitiesHeldSinceTheMemberJoined() {
        UUID[] ids = member("trial", TODAY.minusDays(10));
        Instant joinedAt = TODAY.minusDays(10).atTime(12, 0).atZone(ZONE).toInstant();
        UUID type = activities.type(tenant.tenantId(), "Trial lesson " + UUID.randomUUID());
        // five held: the oldest is beyond the last four; two before joining (one of them attended, as a trial
        // lesson), one at the very moment of joining, one after
        Instant[] held = {NOW.minus(Duration.ofDays(30)), NOW.minus(Duration.ofDays(21)),
            NOW.minus(Duration.ofDays(14)), joinedAt, NOW.minus(Duration.ofDays(3))};
        for (int i = 0; i < held.length; i++) {
            UUID activity = activities.done(tenant.tenantId(), tenant.communityId(), type, "Lesson " + i, null, null,
                    held[i]);
            if (i == 2 || i == 4) {
                activities.attended(tenant.tenantId(), activity, tenant.communityId(), ids[0], held[i]);
            }
        }

        run(NOW);

        // offered: the one at joining and the one after; attended: the one after (the trial lesson came before);
        // 7.5 of 15 points added, rounded to 8: a pull of -7
        assertThat(factor(row(ids[1]), HealthFactorKind.ATTENDED)).isEqualTo(
                new HealthFactor(HealthFactorKind.ATTENDED, 1, 2, -7));
    }

    @Test
    void anEngagedMemberIsAChampionAndEachFactorCarriesItsFiguresAndPoints() {
        UUID[] ids = member("engaged", TODAY.minusDays(200));
        for (int day = 0; day < 15; day++) {
            kpi.activeDay(tenant, tenant.communityId(), ids[0], TODAY.minusDays(day * 2L), FOUR_KINDS);
        }
        UUID type = activities.type(tenant.tenantId(), "Weekly sharing " + UUID.randomUUID());
        for (int week = 1; week <= 5; week++) {
            UUID activity = activities.done(tenant.tenantId(), tenant.communityId(), type, "Week " + week, null, null,
                    NOW.minus(Duration.ofDays(7L * week)));
            if (week <= 3) {
                activities.attended(tenant.tenantId(), activity, tenant.communityId(), ids[0],
                        NOW.minus(Duration.ofDays(7L * week)));
            }
        }
        UUID offer = money.offerRow(tenant.tenantId(), tenant.communityId(), "CNY");
        money.orderRow(tenant.tenantId(), tenant.communityId(), offer, ids[0], "99.00", "0",
                "CNY", NOW.minus(Duration.ofDays(10)));

        run(NOW);

        Row row = row(ids[1]);
        assertThat(factor(row, HealthFactorKind.SILENT_DAYS)).isEqualTo(
                new HealthFactor(HealthFactorKind.SILENT_DAYS, 0, null, 0));
        assertThat(factor(row, HealthFactorKind.ACTIVE_DAYS)).isEqualTo(
                new HealthFactor(HealthFactorKind.ACTIVE_DAYS, 15, 30, 0));
        assertThat(factor(row, HealthFactorKind.ENGAGEMENT_KINDS)).isEqualTo(
                new HealthFactor(HealthFactorKind.ENGAGEMENT_KINDS, 4, 8, -2));
        // the last four activities held; the member attended three of them
        assertThat(factor(row, HealthFactorKind.ATTENDED)).isEqualTo(
                new HealthFactor(HealthFactorKind.ATTENDED, 3, 4, -4));
        assertThat(factor(row, HealthFactorKind.CONTENT_INTERACTIONS)).isEqualTo(
                new HealthFactor(HealthFactorKind.CONTENT_INTERACTIONS, 15, null, 0));
        assertThat(factor(row, HealthFactorKind.PURCHASES)).isEqualTo(
                new HealthFactor(HealthFactorKind.PURCHASES, 1, null, -3));
        // 30 + 25 + 8 + 11.25 + 10 + 7: each factor's pull above is what it added minus its full marks
        assertThat(row.score()).isEqualTo(91);
        assertThat(row.segment()).isEqualTo(HealthSegment.CHAMPION);
        assertThat(row.trend()).containsExactly(91);
        assertThat(row.segmentSince()).isEqualTo(TODAY);
    }

    @Test
    void warningsAndRedLinesPullTheScoreDown() {
        UUID[] plain = member("plain", TODAY.minusDays(100));
        UUID[] warned = member("warned", TODAY.minusDays(100));
        UUID[] crossed = member("crossed", TODAY.minusDays(100));
        for (UUID[] ids : List.of(plain, warned, crossed)) {
            for (int day = 0; day < 10; day++) {
                kpi.activeDay(tenant, tenant.communityId(), ids[0], TODAY.minusDays(day), FOUR_KINDS);
            }
        }
        members.warnings(tenant.tenantId(), warned[1], 2);
        UUID redLine = screening.redLine(tenant.tenantId(), tenant.communityId(), "No advertising");
        members.redLineWarning(tenant.tenantId(), crossed[1], redLine, NOW.minus(Duration.ofDays(3)));

        run(NOW);

        int base = row(plain[1]).score();
        assertThat(row(warned[1]).score()).isEqualTo(base - 20);
        assertThat(factor(row(warned[1]), HealthFactorKind.WARNINGS)).isEqualTo(
                new HealthFactor(HealthFactorKind.WARNINGS, 2, null, -20));
        assertThat(row(crossed[1]).score()).isEqualTo(base - 20);
        assertThat(factor(row(crossed[1]), HealthFactorKind.RED_LINES)).isEqualTo(
                new HealthFactor(HealthFactorKind.RED_LINES, 1, null, -20));
        assertThat(row(plain[1]).factors()).extracting(HealthFactor::kind)
                .doesNotContain(HealthFactorKind.WARNINGS, HealthFactorKind.RED_LINES);
    }

    @Test
    void aMemberWhoBuysButIsSilentStaysOutOfDormant() {
        UUID[] buyer = member("buyer", TODAY.minusDays(200));
        UUID[] silent = member("silent", TODAY.minusDays(200));
        kpi.activeDay(tenant, tenant.communityId(), buyer[0], TODAY.minusDays(45), 1);
        kpi.activeDay(tenant, tenant.communityId(), silent[0], TODAY.minusDays(45), 1);
        UUID offer = money.offerRow(tenant.tenantId(), tenant.communityId(), "CNY");
        money.orderRow(tenant.tenantId(), tenant.communityId(), offer, buyer[0], "19.90", "0", "CNY",
                NOW.minus(Duration.ofDays(50)));
        money.orderRow(tenant.tenantId(), tenant.communityId(), offer, buyer[0], "199.00", "0", "CNY",
                NOW.minus(Duration.ofDays(60)));
        // a refunded order is no purchase
        money.orderRow(tenant.tenantId(), tenant.communityId(), offer, silent[0], "19.90", "19.90", "CNY",
                NOW.minus(Duration.ofDays(50)));
        members.lastActive(tenant.tenantId(), buyer[1], NOW.minus(Duration.ofDays(45)));
        members.lastActive(tenant.tenantId(), silent[1], NOW.minus(Duration.ofDays(45)));

        run(NOW);

        assertThat(factor(row(buyer[1]), HealthFactorKind.SILENT_DAYS).value()).isEqualTo(45);
        assertThat(factor(row(buyer[1]), HealthFactorKind.PURCHASES).value()).isEqualTo(2);
        // (30 - 22.5 + 10) * 100 / 85 = 20.6
        assertThat(row(buyer[1]).score()).isEqualTo(21);
        assertThat(row(buyer[1]).segment()).isEqualTo(HealthSegment.SLIPPING);
        assertThat(factor(row(silent[1]), HealthFactorKind.PURCHASES).value()).isZero();
        assertThat(row(silent[1]).score()).isEqualTo(9);
        assertThat(row(silent[1]).segment()).isEqualTo(HealthSegment.DORMANT);
    }

    @Test
    void aSecondRunOfTheSameDayChangesNothingAndPublishesNothing() {
        UUID[] ids = member("steady", TODAY.minusDays(100));
        kpi.activeDay(tenant, tenant.communityId(), ids[0], TODAY.minusDays(1), FOUR_KINDS);
        joined("quiet", TODAY.minusDays(40), null);

        HealthRecompute.Result first = run(NOW);
        Row before = row(ids[1]);
        HealthRecompute.Result second = run(NOW.plus(Duration.ofHours(1)));

        assertThat(first.changes()).as("first scores").isEqualTo(2);
        assertThat(first.published()).as("a first score enters no segment").isZero();
        assertThat(second.changes()).isZero();
        assertThat(second.published()).isZero();
        assertThat(row(ids[1])).isEqualTo(before);
        assertThat(events.stream(MemberSegmentsChanged.class)).isEmpty();
        assertThat(count("select count(*) from member_health_flow")).isZero();
    }

    @Test
    void aRowWhoseScoreAndSegmentStayPutIsRewrittenOnItsPageWithoutTouchingTheIndexes() {
        int silent = 200;
        for (int i = 0; i < silent; i++) {
            joined("long silent " + i, TODAY.minusDays(200), null);
        }
        run(NOW);

        // The next day, in the same ISO week: each one's days of silence move (201), its score (0) and segment
        // (Dormant) do not, so every row is written, and each new version fits on the row's own page.
        long heapOnly = jobs.inTenant(tenant.tenantId(), () -> {
            HealthRecompute.Result next = recompute.runAsOf(NOW.plus(Duration.ofDays(1)));
            assertThat(next.changes()).isZero();
            // The backend's counts not yet flushed (at most a second old) may include an earlier transaction's.
            Long updates = jdbc.queryForObject(
                    "select pg_stat_get_xact_tuples_updated('member_health'::regclass)", Long.class);
            assertThat(updates).as("rows rewritten").isGreaterThanOrEqualTo((long) silent);
            Long hot = jdbc.queryForObject(
                    "select pg_stat_get_xact_tuples_hot_updated('member_health'::regclass)", Long.class);
            return hot == null ? 0L : hot;
        });

        assertThat(heapOnly).as("updates that wrote no index entry").isGreaterThanOrEqualTo(silent);
        // On a table filled to the brim (as a million rows written by the daily run leave it) the new versions only
        // fit on their pages because each page keeps half its space free.
        assertThat(inTenant(() -> jdbc.queryForObject(
                "select array_to_string(reloptions, ',') from pg_class where oid = 'member_health'::regclass",
                String.class))).contains("fillfactor=50");
    }

    @Test
    void lateEventsRaiseTheScoreAtTheNextRunAndTheChangeIsPublished() {
        UUID[] ids = member("late", TODAY.minusDays(100));
        kpi.activeDay(tenant, tenant.communityId(), ids[0], TODAY.minusDays(50), 1);
        members.lastActive(tenant.tenantId(), ids[1], NOW.minus(Duration.ofDays(50)));
        run(NOW);
        Row before = row(ids[1]);
        assertThat(before.segment()).isEqualTo(HealthSegment.DORMANT);

        // the events of the last days arrive late and are rolled up after the run
        for (int day = 1; day <= 12; day++) {
            kpi.activeDay(tenant, tenant.communityId(), ids[0], TODAY.minusDays(day), FOUR_KINDS);
        }
        run(NOW.plus(Duration.ofDays(1)));

        Row after = row(ids[1]);
        assertThat(factor(after, HealthFactorKind.SILENT_DAYS).value()).isEqualTo(2);
        assertThat(factor(after, HealthFactorKind.ACTIVE_DAYS).value()).isEqualTo(12);
        assertThat(after.score()).isGreaterThan(before.score());
        assertThat(after.segment()).isEqualTo(HealthSegment.CHAMPION);
        assertThat(after.segmentSince()).isEqualTo(TODAY.plusDays(1));
        assertThat(after.trend()).as("same ISO week: the week's score is replaced").hasSize(1);
        List<MemberSegmentChanged> changes = events.stream(MemberSegmentsChanged.class)
                .flatMap(batch -> batch.changes().stream()).toList();
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.membershipId()).isEqualTo(ids[1]);
            assertThat(change.from()).isEqualTo(HealthSegment.DORMANT);
            assertThat(change.to()).isEqualTo(HealthSegment.CHAMPION);
            assertThat(change.tenantId()).isEqualTo(tenant.tenantId());
        });
    }

    @Test
    void theTrendKeepsOneScorePerWeekForTwelveWeeks() {
        UUID quiet = joined("quiet", TODAY.minusDays(200), null);
        for (int week = 0; week < 14; week++) {
            run(NOW.plus(Duration.ofDays(7L * week)));
        }
        assertThat(row(quiet).trend()).hasSize(12);
        // The oldest week goes first: a silent newcomer's score falls week by week, so the trend that kept the last
        // twelve of fourteen weeks starts below the first week's score.
        UUID newcomer = joined("newcomer", TODAY.plusDays(7L * 14 - 1), null);
        run(NOW.plus(Duration.ofDays(7L * 14)));
        int firstWeek = row(newcomer).trend().getFirst();
        for (int week = 15; week < 28; week++) {
            run(NOW.plus(Duration.ofDays(7L * week)));
        }
        List<Integer> trend = row(newcomer).trend();
        assertThat(trend).hasSize(12).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(trend.getFirst()).isLessThan(firstWeek);
    }

    @Test
    void whenAMonthClosesItsFlowsAreWrittenWithJoinersAndLeavers() {
        UUID[] stays = member("stays", TODAY.minusDays(100));
        kpi.activeDay(tenant, tenant.communityId(), stays[0], TODAY.minusDays(1), FOUR_KINDS);
        UUID leaver = joined("leaver", TODAY.minusDays(100), null);
        UUID lateLeaver = joined("late leaver", TODAY.minusDays(100), null);
        run(Instant.parse("2026-10-31T04:00:00Z"));
        // in November: a member joins, one leaves during the month, one on its last day after the last run
        UUID joiner = joined("joiner", TODAY.minusDays(3), null);
        run(NOW);
        members.stay(tenant.tenantId(), leaver, MembershipEventType.LEFT, NOW.plus(Duration.ofDays(2)));
        run(NOW.plus(Duration.ofDays(3)));
        assertThat(count("select count(*) from member_health_departure")).isEqualTo(1);
        members.stay(tenant.tenantId(), lateLeaver, MembershipEventType.ELIMINATED,
                Instant.parse("2026-11-30T10:00:00Z"));

        run(Instant.parse("2026-12-01T20:00:00Z"));

        Map<String, Integer> flows = flows(LocalDate.of(2026, 11, 1));
        HealthSegment staysIn = row(stays[1]).monthStartSegment();
        assertThat(staysIn).as("the segment at the end of November starts December").isNotNull();
        // all three were silent some 80 days when November began: dormant
        assertThat(flows).containsEntry("NONE>NEW", 1)
                .containsEntry("DORMANT>GONE", 2)
                .containsEntry("DORMANT>" + staysIn.name(), 1)
                .hasSize(3);
        assertThat(staysIn).isEqualTo(HealthSegment.STEADY);
        assertThat(row(joiner).month()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(row(joiner).monthStartSegment()).isEqualTo(HealthSegment.NEW);
        assertThat(count("select count(*) from member_health where membership_id in (?, ?)", leaver, lateLeaver))
                .as("departed members' rows removed").isZero();
        assertThat(count("select count(*) from member_health_departure")).as("folded into the flows").isZero();

        run(Instant.parse("2026-12-02T20:00:00Z"));
        assertThat(flows(LocalDate.of(2026, 11, 1))).as("a closed month is written once").isEqualTo(flows);
    }

    @Test
    void theTenantsThresholdsDecideTheSegments() {
        UUID quiet = joined("quiet", TODAY.minusDays(40), null);
        run(NOW);
        assertThat(row(quiet).segment()).isEqualTo(HealthSegment.SLIPPING);

        inTenant(() -> jdbc.update("""
                insert into member_health_setting (tenant_id, champion_min, steady_min, at_risk_min, slipping_min,
                                                   dormant_days, version)
                values (current_tenant_id(), 60, 30, 10, 5, 30, 1)
                on conflict (tenant_id) do update set champion_min = 60, steady_min = 30, at_risk_min = 10,
                    slipping_min = 5, dormant_days = 30"""));
        run(NOW.plus(Duration.ofHours(1)));

        assertThat(row(quiet).segment()).as("silent 40 days, dormant from 30").isEqualTo(HealthSegment.DORMANT);
    }

    // --- helpers

    record Row(int score, HealthSegment segment, List<HealthFactor> factors, LocalDate segmentSince, LocalDate month,
               @Nullable HealthSegment monthStartSegment, List<Integer> trend) {
    }

    private HealthRecompute.Result run(Instant now) {
        return jobs.inTenant(tenant.tenantId(), () -> recompute.runAsOf(now));
    }

    /** A joined member with no engagement recorded; answers the membership. */
    private UUID joined(String name, LocalDate joinedOn, @Nullable Instant lastActive) {
        Instant joinedAt = joinedOn.atTime(12, 0).atZone(ZONE).toInstant();
        return members.addOne(tenant.tenantId(), tenant.communityId(),
                MemberTestData.Spec.of(name, name + "-" + UUID.randomUUID(), MembershipStatus.JOINED)
                        .dates(joinedAt.minus(Duration.ofDays(1)), joinedAt, lastActive)).membership();
    }

    /** A joined member; answers {member, membership}. */
    private UUID[] member(String name, LocalDate joinedOn) {
        Instant joinedAt = joinedOn.atTime(12, 0).atZone(ZONE).toInstant();
        MemberTestData.Added added = members.addOne(tenant.tenantId(), tenant.communityId(),
                MemberTestData.Spec.of(name, name + "-" + UUID.randomUUID(), MembershipStatus.JOINED)
                        .dates(joinedAt.minus(Duration.ofDays(1)), joinedAt, null));
        return new UUID[] {added.member(), added.membership()};
    }

    private Row row(UUID membership) {
        return inTenant(() -> jdbc.queryForObject("""
                select h.score, h.segment, h.segment_since, h.month, h.month_start_segment,
                       array_to_string(h.trend, ',') as trend, %s
                from member_health h where h.membership_id = ?""".formatted(HealthFigures.columns("h")), (rs, n) -> {
            String start = rs.getString("month_start_segment");
            String trend = rs.getString("trend");
            return new Row(rs.getInt("score"), HealthSegment.valueOf(rs.getString("segment")),
                    HealthFigures.read(rs),
                    rs.getDate("segment_since").toLocalDate(), rs.getDate("month").toLocalDate(),
                    start == null ? null : HealthSegment.valueOf(start),
                    trend.isEmpty() ? List.of() : java.util.Arrays.stream(trend.split(",")).map(Integer::valueOf)
                            .toList());
        }, membership));
    }

    private static HealthFactor factor(Row row, HealthFactorKind kind) {
        return row.factors().stream().filter(factor -> factor.kind() == kind).findFirst().orElseThrow();
    }

    private Map<String, Integer> flows(LocalDate month) {
        Map<String, Integer> flows = new java.util.TreeMap<>();
        inTenant(() -> {
            jdbc.query("select from_segment, to_segment, members from member_health_flow where month = ?",
                    (java.sql.ResultSet rs) -> {
                        flows.put(rs.getString(1) + ">" + rs.getString(2), rs.getInt(3));
                    }, java.sql.Date.valueOf(month));
            return null;
        });
        return flows;
    }

    private int count(String sql, Object... arguments) {
        Integer count = inTenant(() -> jdbc.queryForObject(sql, Integer.class, arguments));
        return count == null ? 0 : count;
    }

    private <T> T inTenant(java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenant.tenantId(),
                () -> new TransactionTemplate(transactionManager).execute(status -> work.get()));
    }
}
