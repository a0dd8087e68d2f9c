package app.communityops.automation;

import static app.communityops.automation.AutomationTestData.when;
import static org.assertj.core.api.Assertions.assertThat;
import static app.communityops.testing.SignedIn.as;

import app.communityops.activity.ActivityTestData;
import app.communityops.activity.AttendanceService;
import app.communityops.content.ContentFixtures;
import app.communityops.content.ContentService;
import app.communityops.kpi.Kpi;
import app.communityops.kpi.KpiPeriod;
import app.communityops.kpi.KpiService;
import app.communityops.kpi.KpiTestData;
import app.communityops.kpi.KpiValue;
import app.communityops.kpi.PeriodKind;
import app.communityops.members.MemberTestData;
import app.communityops.members.MemberTestData.Spec;
import app.communityops.members.MembershipStatus;
import app.communityops.screening.CodeBatchForm;
import app.communityops.screening.EvidenceForm;
import app.communityops.screening.InvitationCodeService;
import app.communityops.screening.PolicyDetails;
import app.communityops.screening.PolicyForm;
import app.communityops.screening.ScreeningPolicyService;
import app.communityops.screening.ScreeningService;
import app.communityops.screening.ScreeningTestData;
import app.communityops.shared.scheduling.TenantJobs;
import app.communityops.tenancy.TenantZone;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each trigger fired end to end by the module that owns the fact (not by a signal written by hand), at most once per
 * crossing; a tenant-wide scheduled rule acting once per community; and the retention of processed signals.
 */
@IntegrationTest
class AutomationTriggersTest {

    @Autowired
    TestTenants tenants;
    @Autowired
    AutomationTestData data;
    @Autowired
    AutomationWork work;
    @Autowired
    AutomationScans scans;
    @Autowired
    TenantJobs jobs;
    @Autowired
    KpiService kpis;
    @Autowired
    KpiTestData kpiData;
    @Autowired
    ActivityTestData activities;
    @Autowired
    AttendanceService attendance;
    @Autowired
    MemberTestData members;
    @Autowired
    ScreeningService screening;
    @Autowired
    ScreeningPolicyService policies;
    @Autowired
    InvitationCodeService codes;
    @Autowired
    ScreeningTestData screeningData;
    @Autowired
    ContentService content;
    @Autowired
    TenantZone zones;
    @Autowired
    DryRunService dryRuns;

    Fixture tenant;

    @BeforeEach
    void tenant() {
        tenant = tenants.create();
    }

    @Test
    void aTenantWideScheduleMakesOneTaskPerActiveCommunityPerFiring() {
        data.update(tenant.tenantId(), "update community set status = 'ARCHIVED' where id = ?",
                tenant.otherClientCommunityId());
        UUID rule = data.rule(tenant.tenantId(), null, "Weekly sharing",
                when(RuleTrigger.schedule("0 * * * * *"), List.of(),
                        new RuleAction(ActionKind.CREATE_TASK, "Plan the weekly sharing", 24)));

        int written = jobs.inTenant(tenant.tenantId(), scans::scan);
        jobs.inTenant(tenant.tenantId(), scans::scan);
        work.run(tenant.tenantId());

        List<RunEntry> runs = data.runs(tenant.tenantId(), rule);
        assertThat(written).as("each firing time once per active community").isPositive().isEven();
        assertThat(runs).isNotEmpty().allSatisfy(run -> {
            assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(run.actions()).extracting(ActionOutcome::outcome).containsExactly("DONE");
        });
        List<Instant> firings = runs.stream().map(RunEntry::triggeredAt).distinct().toList();
        for (UUID community : List.of(tenant.communityId(), tenant.unassignedCommunityId())) {
            assertThat(data.count(tenant.tenantId(),
                    "select count(*) from today_task where rule_id = ? and community_id = ?", rule, community))
                    .as("one task per firing in every active community").isEqualTo(firings.size());
        }
        assertThat(data.count(tenant.tenantId(),
                "select count(*) from today_task where rule_id = ? and community_id = ?", rule,
                tenant.otherClientCommunityId())).as("not in the archived community").isZero();
        assertThat(data.count(tenant.tenantId(), "select count(*) from today_task where rule_id = ?"
                + " and community_id is null", rule)).isZero();


        UUID daily = data.rule(tenant.tenantId(), null, "Daily check-in",
                when(RuleTrigger.schedule("0 0 9 * * *"), List.of(),
                        new RuleAction(ActionKind.CREATE_TASK, "Check in", 0)));
        DryRun preview = as(tenant.admin(), () -> dryRuns.dryRun(daily));
        assertThat(preview.firings()).extracting(DryRun.Firing::at).hasSizeGreaterThanOrEqualTo(60);
        assertThat(preview.fired()).as("the dry run shows a firing per active community too")
                .isEqualTo(2 * preview.firings().stream().map(DryRun.Firing::at).distinct().count());
        assertThat(preview.firings()).extracting(DryRun.Firing::subject).doesNotContainNull().hasSize(preview.fired());
    }

    @Test
    void retentionDeletesOnlyProcessedSignalsOlderThanTheKeptPeriod() {
        Instant old = Instant.now().minus(Duration.ofDays(AutomationScans.MIN_RETENTION_DAYS + 5));
        Instant recent = Instant.now().minus(Duration.ofDays(AutomationScans.MIN_RETENTION_DAYS - 5));
        data.signal(tenant.tenantId(), SignalKind.MEMBER_WARNED, tenant.communityId(), null,
                Map.of("marker", "old-processed"), old);
        data.signal(tenant.tenantId(), SignalKind.MEMBER_WARNED, tenant.communityId(), null,
                Map.of("marker", "old-unprocessed"), old);
        data.signal(tenant.tenantId(), SignalKind.MEMBER_WARNED, tenant.communityId(), null,
                Map.of("marker", "recent-processed"), recent);
        data.update(tenant.tenantId(), "update automation_signal set processed_at = ? where data->>'marker' in"
                + " ('old-processed', 'recent-processed')", Timestamp.from(Instant.now()));

        assertThat(jobs.inTenant(tenant.tenantId(), scans::trimSignals)).isEqualTo(1);
        assertThat(data.count(tenant.tenantId(),
                "select count(*) from automation_signal where data->>'marker' = 'old-processed'")).isZero();
        assertThat(data.count(tenant.tenantId(),
                "select count(*) from automation_signal where data->>'marker' in ('old-unprocessed', 'recent-processed')"))
                .as("unprocessed and recent signals stay").isEqualTo(2);
    }

    @Test
    void aKpiTurningAmberThenRedFiresEachRuleOnceAsTheKpiModuleComputesIt() {
        UUID amber = data.rule(tenant.tenantId(), tenant.communityId(), "Amber",
                when(RuleTrigger.of(TriggerKind.KPI_AMBER), List.of(), new RuleAction(ActionKind.NOTIFY, "amber", null)));
        UUID red = data.rule(tenant.tenantId(), tenant.communityId(), "Red",
                when(RuleTrigger.of(TriggerKind.KPI_RED), List.of(), new RuleAction(ActionKind.NOTIFY, "red", null)));
        for (int i = 0; i < 12; i++) {
            UUID[] added = kpiData.member(tenant, tenant.communityId(), "kpi-" + i);
            kpiData.history(tenant, tenant.communityId(), added[1], "JOINED", Instant.now().minusSeconds(60));
        }
        KpiPeriod period = KpiPeriod.of(PeriodKind.MONTH, as(tenant.admin(), kpis::today));
        int members = membersTotal(period);
        assertThat(members).as("enough members for a 90 %% band").isGreaterThanOrEqualTo(10);

        // The value is just under its target: amber (90 % to 100 %); computed again, still amber, said once.
        kpiData.monthlyTarget(tenant, tenant.communityId(), period.start(), "MEMBERS_TOTAL", members + 1);
        membersTotal(period);
        membersTotal(period);
        work.run(tenant.tenantId());
        assertThat(data.runs(tenant.tenantId(), amber)).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(run.inputs()).containsEntry("kpi", "MEMBERS_TOTAL").containsEntry("status", "AMBER");
        });
        assertThat(data.runs(tenant.tenantId(), red)).isEmpty();

        // Twice the target: red.
        kpiData.monthlyTarget(tenant, tenant.communityId(), period.start(), "MEMBERS_TOTAL", members * 2);
        membersTotal(period);
        membersTotal(period);
        work.run(tenant.tenantId());
        assertThat(data.runs(tenant.tenantId(), red)).singleElement()
                .satisfies(run -> assertThat(run.inputs()).containsEntry("status", "RED"));
        assertThat(data.runs(tenant.tenantId(), amber)).hasSize(1);
    }

    private int membersTotal(KpiPeriod period) {
        KpiValue value = as(tenant.admin(), () -> kpis.board(tenant.communityId(), period)).values().stream()
                .filter(line -> line.kpi() == Kpi.MEMBERS_TOTAL).findFirst().orElseThrow();
        return value.value() == null ? 0 : value.value().intValue();
    }

    @Test
    void attendanceReachingItsCountFiresOnceInAllAndOfAType() {
        UUID lesson = activities.type(tenant.tenantId(), "Trial lesson");
        UUID sharing = activities.type(tenant.tenantId(), "Sharing");
        UUID inAll = data.rule(tenant.tenantId(), tenant.communityId(), "Second activity",
                when(RuleTrigger.of(TriggerKind.ATTENDANCE_REACHED, 2), List.of(),
                        new RuleAction(ActionKind.ADD_TAG, "regular", null)));
        UUID ofType = data.rule(tenant.tenantId(), tenant.communityId(), "Second lesson",
                when(new RuleTrigger(TriggerKind.ATTENDANCE_REACHED, 2, null, lesson.toString()), List.of(),
                        new RuleAction(ActionKind.ADD_TAG, "two-lessons", null)));
        UUID membership = members.add(tenant.tenantId(), tenant.communityId(),
                List.of(Spec.of("Learner", "learner", MembershipStatus.JOINED))).getFirst();
        Instant start = Instant.now().minus(Duration.ofDays(10));
        // All: 1, 2 (fires), 3, 4. Lessons: 1, 1, 2 (fires), 3.
        for (UUID type : List.of(lesson, sharing, lesson, lesson)) {
            UUID activity = activities.done(tenant.tenantId(), tenant.communityId(), type, "Session", null, null,
                    start);
            start = start.plus(Duration.ofDays(1));
            as(tenant.operator(), () -> attendance.mark(activity, Set.of(membership)));
            work.run(tenant.tenantId());
        }

        assertThat(data.runs(tenant.tenantId(), inAll)).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(run.inputs()).containsEntry("attendedInAll", 2);
        });
        assertThat(data.runs(tenant.tenantId(), ofType)).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(run.inputs()).containsEntry("attendedOfType", 2).containsEntry("attendedInAll", 3);
        });
    }

    @Test
    void theLastUsableInvitationCodeRedeemedFiresOnce() {
        UUID rule = data.rule(tenant.tenantId(), tenant.communityId(), "Codes gone",
                when(RuleTrigger.of(TriggerKind.INVITATION_CODES_USED_UP), List.of(),
                        new RuleAction(ActionKind.CREATE_TASK, "Generate new codes", 24)));
        as(tenant.operator(), () -> {
            PolicyDetails current = policies.find(tenant.communityId());
            PolicyForm form = PolicyForm.of(current);
            form.setInvitationCode(true);
            return policies.update(tenant.communityId(), current.version(), form);
        });
        CodeBatchForm batch = new CodeBatchForm();
        batch.setCount(2);
        batch.setQuota(1);
        List<String> issued = as(tenant.operator(), () -> codes.generate(tenant.communityId(), batch, ZoneOffset.UTC));

        as(tenant.operator(), () -> screening.apply(tenant.communityId(), ScreeningTestData.member("invited-1"),
                EvidenceForm.of(null, issued.get(0), null, Set.of())));
        work.run(tenant.tenantId());
        assertThat(data.runs(tenant.tenantId(), rule)).as("one code is still usable").isEmpty();

        as(tenant.operator(), () -> screening.apply(tenant.communityId(), ScreeningTestData.member("invited-2"),
                EvidenceForm.of(null, issued.get(1), null, Set.of())));
        work.run(tenant.tenantId());
        assertThat(data.runs(tenant.tenantId(), rule)).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(run.inputs()).containsEntry("usableLeft", 0).containsEntry("code", issued.get(1));
        });
        assertThat(data.count(tenant.tenantId(), "select count(*) from today_task where rule_id = ?", rule))
                .isEqualTo(1);
    }

    @Test
    void contentScheduledWithinTheWindowFiresOnce() {
        UUID rule = data.rule(tenant.tenantId(), tenant.communityId(), "Content due",
                when(RuleTrigger.of(TriggerKind.CONTENT_DUE, 24), List.of(),
                        new RuleAction(ActionKind.CREATE_TASK, "Check the post", 0)));
        ZoneId zone = as(tenant.admin(), zones::current);
        as(tenant.operator(), () -> content.create(ContentFixtures.form(tenant.communityId(), "Soon",
                LocalDateTime.now(zone).plusHours(3))));
        as(tenant.operator(), () -> content.create(ContentFixtures.form(tenant.communityId(), "Later",
                LocalDateTime.now(zone).plusDays(3))));

        assertThat(jobs.inTenant(tenant.tenantId(), scans::scan)).isEqualTo(1);
        assertThat(jobs.inTenant(tenant.tenantId(), scans::scan)).as("the same item and time").isZero();
        work.run(tenant.tenantId());
        work.run(tenant.tenantId());
        assertThat(data.runs(tenant.tenantId(), rule)).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(run.inputs()).containsEntry("title", "Soon");
        });
    }

    @Test
    void joinsReachingAShareOfTheCapacityFireOncePerCrossing() {
        screeningData.setCapacity(tenant, tenant.communityId(), 4);
        UUID half = data.rule(tenant.tenantId(), tenant.communityId(), "Half full",
                when(RuleTrigger.of(TriggerKind.CAPACITY_REACHED, 50), List.of(),
                        new RuleAction(ActionKind.NOTIFY, "half", null)));
        UUID full = data.rule(tenant.tenantId(), tenant.communityId(), "Full",
                when(RuleTrigger.of(TriggerKind.CAPACITY_REACHED, 100), List.of(),
                        new RuleAction(ActionKind.NOTIFY, "full", null)));
        for (int i = 1; i <= 4; i++) {
            String handle = "joiner-" + i;
            assertThat(as(tenant.operator(), () -> screening.apply(tenant.communityId(),
                    ScreeningTestData.member(handle), EvidenceForm.of(null, null, null, Set.of()))).status())
                    .isEqualTo(MembershipStatus.JOINED);
            work.run(tenant.tenantId());
        }

        assertThat(data.runs(tenant.tenantId(), half)).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(run.inputs()).containsEntry("seated", 2).containsEntry("capacity", 4);
        });
        assertThat(data.runs(tenant.tenantId(), full)).singleElement()
                .satisfies(run -> assertThat(run.inputs()).containsEntry("seated", 4));
    }

    @Test
    void attendanceMarkedAfterTheActivityFiresARuleSwitchedOnBeforeTheMarking() {
        UUID lesson = activities.type(tenant.tenantId(), "Trial lesson");
        UUID rule = data.rule(tenant.tenantId(), tenant.communityId(), "First lesson",
                when(RuleTrigger.of(TriggerKind.ATTENDANCE_REACHED, 1), List.of(),
                        new RuleAction(ActionKind.ADD_TAG, "trial", null)));
        // Switched on now; the lesson took place two hours ago and its attendance is marked afterwards, as usual.
        data.update(tenant.tenantId(), "update automation_rule set enabled_at = now() where id = ?", rule);
        UUID membership = members.add(tenant.tenantId(), tenant.communityId(),
                List.of(Spec.of("Late mark", "late-mark", MembershipStatus.JOINED))).getFirst();
        UUID activity = activities.done(tenant.tenantId(), tenant.communityId(), lesson, "Lesson", null, null,
                Instant.now().minus(Duration.ofHours(2)));

        as(tenant.operator(), () -> attendance.mark(activity, Set.of(membership)));
        work.run(tenant.tenantId());

        assertThat(data.runs(tenant.tenantId(), rule)).as("the fact is the marking, which came after the switch-on")
                .singleElement().satisfies(run -> assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED));
    }
}
