package app.communityops.automation;

import static app.communityops.automation.AutomationTestData.when;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.shared.scheduling.TenantJobs;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
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
}
