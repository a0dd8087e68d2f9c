package app.communityops.automation;

import static app.communityops.automation.AutomationTestData.when;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.members.MemberTestData;
import app.communityops.members.MemberTestData.Spec;
import app.communityops.members.MembershipService;
import app.communityops.members.MembershipStatus;
import app.communityops.shared.scheduling.TenantJobs;
import app.communityops.testing.IntegrationTest;
import app.communityops.tool.ToolTestData;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The engine end to end inside the application: facts from the members' service become signals in the same
 * transaction, the job turns them into runs, conditions read today's facts, actions change members, notify and
 * announce tasks and webhooks; and the safety rules hold (at most once, loops, retries, the same member twice).
 */
@IntegrationTest
@RecordApplicationEvents
class AutomationEngineTest {

    @Autowired
    TestTenants tenants;
    @Autowired
    MemberTestData members;
    @Autowired
    AutomationTestData data;
    @Autowired
    MembershipService memberships;
    @Autowired
    AutomationWork work;
    @Autowired
    AutomationScans scans;
    @Autowired
    TenantJobs jobs;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    ApplicationEvents events;
    @Autowired
    app.communityops.activity.ActivityTestData activities;
    @Autowired
    app.communityops.tool.ToolService tools;
    @Autowired
    app.communityops.tool.ToolSettingsService toolSettings;

    Fixture tenant;

    @BeforeEach
    void tenant() {
        tenant = tenants.create();
    }

    @Test
    void aFactAndItsSignalCommitTogetherAndRollBackTogether() {
        UUID joined = member("Ada", MembershipStatus.JOINED);
        SignedIn.run(tenant.operator(), () -> memberships.warn(joined, "spam", null));
        assertThat(signals("MEMBER_WARNED", joined)).isEqualTo(1);

        SignedIn.run(tenant.operator(), () -> new TransactionTemplate(transactionManager).executeWithoutResult(
                status -> {
                    memberships.warn(joined, "spam again", null);
                    status.setRollbackOnly();
                }));
        assertThat(signals("MEMBER_WARNED", joined)).as("the rolled-back warning left no signal").isEqualTo(1);
    }

    @Test
    void aJoinRunsEveryActionOnceAndTheRunLogSaysWhat() {
        UUID rule = data.rule(tenant.tenantId(), tenant.communityId(), "Welcome",
                when(RuleTrigger.of(TriggerKind.MEMBER_JOINED),
                        List.of(new RuleCondition(ConditionKind.MEMBER_LACKS_TAG, "welcomed")),
                        new RuleAction(ActionKind.ADD_TAG, "welcomed", null),
                        new RuleAction(ActionKind.CREATE_TASK, "Say hello", 24),
                        new RuleAction(ActionKind.NOTIFY, "A new member joined", null),
                        new RuleAction(ActionKind.SEND_WEBHOOK, null, null)));
        UUID approved = member("Grace", MembershipStatus.APPROVED);
        SignedIn.run(tenant.operator(), () -> memberships.join(approved));

        assertThat(work.run(tenant.tenantId())).isEqualTo(1);
        assertThat(work.run(tenant.tenantId())).as("nothing left to do").isZero();

        RunEntry run = data.runs(tenant.tenantId(), rule).getFirst();
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.ruleVersion()).isZero();
        assertThat(run.memberName()).isEqualTo("Grace");
        assertThat(run.conditions()).extracting(ConditionResult::held).containsExactly(true);
        assertThat(run.actions()).extracting(ActionOutcome::outcome).containsExactly("DONE", "DONE", "DONE", "DONE");
        assertThat(data.count(tenant.tenantId(), "select count(*) from membership where id = ? and 'welcomed' = any (tags)",
                approved)).isEqualTo(1);
        assertThat(data.count(tenant.tenantId(), "select count(*) from notification where kind = ? and recipient_id = ?",
                Actions.NOTICE_KIND, tenant.operator().userId())).isEqualTo(1);

        TaskRequested task = events.stream(TaskRequested.class).filter(t -> t.ruleId().equals(rule)).findFirst()
                .orElseThrow();
        assertThat(task.title()).isEqualTo("Say hello");
        assertThat(task.membershipId()).isEqualTo(approved);
        assertThat(task.dueAt()).isEqualTo(run.triggeredAt().plus(Duration.ofHours(24)));
        assertThat(events.stream(AutomationEvent.class).map(AutomationEvent::type))
                .contains(AutomationEventType.MEMBER_JOINED, AutomationEventType.RULE_FIRED);
        AutomationEvent fired = events.stream(AutomationEvent.class)
                .filter(e -> e.type() == AutomationEventType.RULE_FIRED).findFirst().orElseThrow();
        assertThat(fired.communityId()).isEqualTo(tenant.communityId());
        assertThat(fired.data()).containsKeys("rule", "member", "communityId");
    }

    @Test
    void aConditionOnADeletedTierHoldsForNobodyAndSaysWhy() {
        UUID rule = data.rule(tenant.tenantId(), null, "Gold members warned",
                when(RuleTrigger.of(TriggerKind.WARNINGS_REACHED, 1),
                        List.of(new RuleCondition(ConditionKind.MEMBER_TIER_IS, UUID.randomUUID().toString())),
                        new RuleAction(ActionKind.ADD_TAG, "gold-warned", null)));
        UUID joined = member("Linus", MembershipStatus.JOINED);
        SignedIn.run(tenant.operator(), () -> memberships.warn(joined, "off topic", null));
        work.run(tenant.tenantId());

        RunEntry run = data.runs(tenant.tenantId(), rule).getFirst();
        assertThat(run.status()).isEqualTo(RunStatus.NOT_MET);
        assertThat(run.conditions()).extracting(ConditionResult::note).containsExactly("TIER_DELETED");
        assertThat(run.actions()).isEmpty();
    }

    @Test
    void twoJobRunsAtOnceActOnEachFactOnce() throws Exception {
        UUID rule = data.rule(tenant.tenantId(), tenant.communityId(), "Tell on join",
                when(RuleTrigger.of(TriggerKind.MEMBER_JOINED), List.of(),
                        new RuleAction(ActionKind.NOTIFY, "joined", null)));
        List<UUID> approved = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            approved.add(member("Member " + i, MembershipStatus.APPROVED));
        }
        SignedIn.run(tenant.operator(), () -> approved.forEach(memberships::join));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> pass = () -> work.run(tenant.tenantId());
            List<Future<Integer>> passes = pool.invokeAll(List.of(pass, pass));
            int finished = 0;
            for (Future<Integer> done : passes) {
                finished += done.get();
            }
            finished += work.run(tenant.tenantId());
            assertThat(finished).isEqualTo(30);
        } finally {
            pool.shutdownNow();
        }
        assertThat(data.runs(tenant.tenantId(), rule)).hasSize(30)
                .allSatisfy(run -> assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED));
        // The operator and the tenant admin, once per join.
        assertThat(data.count(tenant.tenantId(), "select count(*) from notification where kind = ?",
                Actions.NOTICE_KIND)).isEqualTo(60);
    }

    @Test
    void aRuleNeverFiresOnWhatItCausedAndAChainStopsAtItsDepth() {
        List<UUID> chain = new ArrayList<>();
        for (int warnings = 1; warnings <= 4; warnings++) {
            chain.add(data.rule(tenant.tenantId(), tenant.communityId(), "Warn again " + warnings,
                    when(RuleTrigger.of(TriggerKind.WARNINGS_REACHED, warnings), List.of(),
                            new RuleAction(ActionKind.WARN, "chain " + warnings, null))));
        }
        UUID joined = member("Loop", MembershipStatus.JOINED);
        SignedIn.run(tenant.operator(), () -> memberships.warn(joined, "first", null));
        for (int pass = 0; pass < 5; pass++) {
            work.run(tenant.tenantId());
        }
        assertThat(data.runs(tenant.tenantId(), chain.get(0)).getFirst().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(data.runs(tenant.tenantId(), chain.get(1)).getFirst().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(data.runs(tenant.tenantId(), chain.get(2)).getFirst().status()).isEqualTo(RunStatus.SUCCEEDED);
        RunEntry cut = data.runs(tenant.tenantId(), chain.get(3)).getFirst();
        assertThat(cut.status()).isEqualTo(RunStatus.SKIPPED);
        assertThat(cut.skipReason()).isEqualTo(SkipReason.LOOP_DEPTH);
        assertThat(data.count(tenant.tenantId(), "select warning_count from membership where id = ?", joined))
                .isEqualTo(4);

        UUID self = data.rule(tenant.tenantId(), tenant.communityId(), "Self",
                when(RuleTrigger.of(TriggerKind.MEMBER_LEFT), List.of(), new RuleAction(ActionKind.ADD_TAG, "x", null)));
        SignedIn.run(tenant.operator(), () -> RuleCause.runAs(self, 0, () -> memberships.leave(joined)));
        work.run(tenant.tenantId());
        RunEntry own = data.runs(tenant.tenantId(), self).getFirst();
        assertThat(own.status()).isEqualTo(RunStatus.SKIPPED);
        assertThat(own.skipReason()).isEqualTo(SkipReason.CAUSED_BY_ITSELF);
    }

    @Test
    void aFailingActionIsRetriedThenFailsLoudlyOnce() {
        UUID rule = data.rule(tenant.tenantId(), tenant.communityId(), "Broken task",
                when(RuleTrigger.of(TriggerKind.MEMBER_JOINED), List.of(),
                        new RuleAction(ActionKind.ADD_TAG, "should-not-stay", null),
                        new RuleAction(ActionKind.CREATE_TASK, ExplodingTasks.TITLE, 1)));
        UUID approved = member("Unlucky", MembershipStatus.APPROVED);
        SignedIn.run(tenant.operator(), () -> memberships.join(approved));

        work.run(tenant.tenantId());
        RunEntry first = data.runs(tenant.tenantId(), rule).getFirst();
        assertThat(first.status()).isEqualTo(RunStatus.RETRYING);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.lastError()).contains("The task module is down");
        for (int attempt = 2; attempt <= AutomationEngine.MAX_ATTEMPTS; attempt++) {
            data.update(tenant.tenantId(), "update automation_run set next_attempt_at = now() where id = ?", first.id());
            work.run(tenant.tenantId());
        }
        RunEntry failed = data.runs(tenant.tenantId(), rule).getFirst();
        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(AutomationEngine.MAX_ATTEMPTS);
        assertThat(data.count(tenant.tenantId(), "select count(*) from membership where id = ? and 'should-not-stay' = any (tags)",
                approved)).as("the failed run's tag was rolled back").isZero();
        data.update(tenant.tenantId(), "update automation_run set next_attempt_at = now() where id = ?", first.id());
        work.run(tenant.tenantId());
        assertThat(data.count(tenant.tenantId(), "select count(*) from notification where kind = ? and recipient_id = ?",
                AutomationEngine.FAILED_KIND, tenant.admin().userId())).as("told once").isEqualTo(1);
    }

    @Test
    void theSameMemberMatchingTwiceInAMinuteIsActedOnOnce() {
        UUID rule = data.rule(tenant.tenantId(), tenant.communityId(), "Once a minute",
                when(RuleTrigger.of(TriggerKind.MEMBER_JOINED), List.of(),
                        new RuleAction(ActionKind.NOTIFY, "again", null)));
        UUID joined = member("Twice", MembershipStatus.JOINED);
        Instant now = Instant.now();
        data.signal(tenant.tenantId(), SignalKind.MEMBER_JOINED, tenant.communityId(), joined, Map.of(), now);
        data.signal(tenant.tenantId(), SignalKind.MEMBER_JOINED, tenant.communityId(), joined, Map.of(),
                now.plusSeconds(20));
        work.run(tenant.tenantId());
        assertThat(data.runs(tenant.tenantId(), rule)).extracting(RunEntry::status, RunEntry::skipReason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RunStatus.SUCCEEDED, null),
                        org.assertj.core.groups.Tuple.tuple(RunStatus.SKIPPED, SkipReason.SAME_MEMBER_WITHIN_MINUTE));
    }

    @Test
    void anArchivedCommunitysRunIsSkippedAndRecorded() {
        UUID rule = data.rule(tenant.tenantId(), tenant.communityId(), "Archived",
                when(RuleTrigger.of(TriggerKind.MEMBER_JOINED), List.of(), new RuleAction(ActionKind.NOTIFY, "x", null)));
        UUID joined = member("Late", MembershipStatus.JOINED);
        data.signal(tenant.tenantId(), SignalKind.MEMBER_JOINED, tenant.communityId(), joined, Map.of(), Instant.now());
        data.update(tenant.tenantId(), "update community set status = 'ARCHIVED' where id = ?", tenant.communityId());
        work.run(tenant.tenantId());
        RunEntry run = data.runs(tenant.tenantId(), rule).getFirst();
        assertThat(run.status()).isEqualTo(RunStatus.SKIPPED);
        assertThat(run.skipReason()).isEqualTo(SkipReason.COMMUNITY_ARCHIVED);
    }

    @Test
    void aSilentMemberFiresOncePerSilence() {
        UUID rule = data.rule(tenant.tenantId(), tenant.communityId(), "Win back",
                when(RuleTrigger.of(TriggerKind.MEMBER_SILENT, 7), List.of(),
                        new RuleAction(ActionKind.MARK_ELIMINATION_CANDIDATE, "Silent a week", null)));
        Instant tenDaysAgo = Instant.now().minus(Duration.ofDays(10));
        UUID silent = members.add(tenant.tenantId(), tenant.communityId(), List.of(
                Spec.of("Quiet", "quiet", MembershipStatus.JOINED).dates(tenDaysAgo, tenDaysAgo, tenDaysAgo))).getFirst();
        member("Chatty", MembershipStatus.JOINED);
        data.update(tenant.tenantId(), "update membership set last_active_at = now() where id <> ?", silent);

        assertThat(jobs.inTenant(tenant.tenantId(), scans::scan)).isEqualTo(1);
        assertThat(jobs.inTenant(tenant.tenantId(), scans::scan)).as("the same silence").isZero();
        work.run(tenant.tenantId());
        RunEntry run = data.runs(tenant.tenantId(), rule).getFirst();
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.membershipId()).isEqualTo(silent);
        assertThat(data.count(tenant.tenantId(),
                "select count(*) from membership where id = ? and elimination_flag = 'Silent a week'", silent))
                .isEqualTo(1);
    }

    @Test
    void aScheduleFiresAtItsTimesInTheTenantsZoneOnBothSidesOfDaylightSaving() {
        ZoneId newYork = ZoneId.of("America/New_York");
        // Daylight saving ends on Sunday 1 November 2026: 09:30 is 13:30 UTC before, 14:30 UTC after.
        assertThat(AutomationScans.cronTimes("0 30 9 * * *", newYork, Instant.parse("2026-10-31T00:00:00Z"),
                Instant.parse("2026-11-03T00:00:00Z"))).containsExactly(Instant.parse("2026-10-31T13:30:00Z"),
                Instant.parse("2026-11-01T14:30:00Z"), Instant.parse("2026-11-02T14:30:00Z"));
        // 02:30 does not exist on 8 March 2026 in New York (clocks jump from 02:00 to 03:00): as with cron, that day
        // has no 02:30 firing, and the next day's is at 02:30 daylight time.
        assertThat(AutomationScans.cronTimes("0 30 2 * * *", newYork, Instant.parse("2026-03-07T12:00:00Z"),
                Instant.parse("2026-03-09T12:00:00Z"))).containsExactly(Instant.parse("2026-03-09T06:30:00Z"));
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        assertThat(AutomationScans.cronTimes("0 0 8 * * MON", shanghai, Instant.parse("2026-11-01T00:00:00Z"),
                Instant.parse("2026-11-10T00:00:00Z"))).containsExactly(Instant.parse("2026-11-02T00:00:00Z"),
                Instant.parse("2026-11-09T00:00:00Z"));
    }

    @Test
    void aScheduledRuleFiresOncePerTime() {
        UUID rule = data.rule(tenant.tenantId(), tenant.communityId(), "Every minute",
                when(RuleTrigger.schedule("0 * * * * *"), List.of(), new RuleAction(ActionKind.NOTIFY, "tick", null)));
        assertThat(jobs.inTenant(tenant.tenantId(), scans::scan)).isGreaterThanOrEqualTo(4);
        assertThat(jobs.inTenant(tenant.tenantId(), scans::scan)).isLessThanOrEqualTo(1);
        work.run(tenant.tenantId());
        List<RunEntry> runs = data.runs(tenant.tenantId(), rule);
        assertThat(runs).isNotEmpty().allSatisfy(run -> assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED));
        assertThat(runs).extracting(RunEntry::triggeredAt).doesNotHaveDuplicates()
                .allSatisfy(at -> assertThat(at.truncatedTo(ChronoUnit.MINUTES)).isEqualTo(at));
    }

    @Test
    void activitiesAboutToStartAndToolsDueForRenewalFireOnce() {
        UUID soon = data.rule(tenant.tenantId(), tenant.communityId(), "Get the room ready",
                when(RuleTrigger.of(TriggerKind.ACTIVITY_STARTS_IN, 24), List.of(),
                        new RuleAction(ActionKind.CREATE_TASK, "Prepare", 0)));
        UUID renew = data.rule(tenant.tenantId(), null, "Renew",
                when(RuleTrigger.of(TriggerKind.TOOL_RENEWAL_DUE, 7), List.of(),
                        new RuleAction(ActionKind.NOTIFY, "Renew it", null)));
        UUID type = activities.type(tenant.tenantId(), "Lesson");
        UUID activity = activities.done(tenant.tenantId(), tenant.communityId(), type, "Trial lesson", null, null,
                Instant.now().plus(Duration.ofHours(3)));
        data.update(tenant.tenantId(), "update activity set status = 'PLANNED' where id = ?", activity);
        UUID category = ToolTestData.category(toolSettings, tenant);
        ToolTestData.create(tools, tenant, ToolTestData.renewing("Mailer", category,
                java.time.LocalDate.now().plusDays(3), null));

        assertThat(jobs.inTenant(tenant.tenantId(), scans::scan)).isEqualTo(2);
        assertThat(jobs.inTenant(tenant.tenantId(), scans::scan)).isZero();
        work.run(tenant.tenantId());
        assertThat(data.runs(tenant.tenantId(), soon)).singleElement()
                .satisfies(run -> assertThat(run.inputs()).containsEntry("title", "Trial lesson"));
        assertThat(events.stream(TaskRequested.class).filter(task -> task.ruleId().equals(soon)))
                .singleElement().satisfies(task -> assertThat(task.communityId()).isEqualTo(tenant.communityId()));
        assertThat(data.runs(tenant.tenantId(), renew)).singleElement()
                .satisfies(run -> assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED));
    }

    private UUID member(String name, MembershipStatus status) {
        return members.add(tenant.tenantId(), tenant.communityId(),
                List.of(Spec.of(name, name.toLowerCase().replace(' ', '-'), status))).getFirst();
    }

    private int signals(String kind, UUID membership) {
        return data.count(tenant.tenantId(), "select count(*) from automation_signal where kind = ? and membership_id = ?",
                kind, membership);
    }
}
