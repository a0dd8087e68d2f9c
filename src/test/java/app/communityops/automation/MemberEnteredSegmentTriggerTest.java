package app.communityops.automation;

import static app.communityops.automation.AutomationTestData.when;
import static app.communityops.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.kpi.KpiTestData;
import app.communityops.members.MemberTestData;
import app.communityops.members.MembershipStatus;
import app.communityops.members.health.HealthRecompute;
import app.communityops.screening.ScreeningTestData;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.scheduling.TenantJobs;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "A member entered at risk" fired end to end by the members module's daily health recompute: once per entry,
 * never by a first score, not by another segment, and its parameter checked and defaulted.
 */
@IntegrationTest
class MemberEnteredSegmentTriggerTest {

    @Autowired
    TestTenants tenants;
    @Autowired
    AutomationTestData data;
    @Autowired
    AutomationWork work;
    @Autowired
    TenantJobs jobs;
    @Autowired
    MemberTestData members;
    @Autowired
    KpiTestData kpi;
    @Autowired
    ScreeningTestData screening;
    @Autowired
    HealthRecompute recompute;
    @Autowired
    RuleService rules;

    Fixture tenant;

    @BeforeEach
    void tenant() {
        tenant = tenants.create();
    }

    @Test
    void aMemberEnteringAtRiskFiresTheRuleExactlyOnce() {
        UUID atRisk = data.rule(tenant.tenantId(), tenant.communityId(), "Win back",
                when(new RuleTrigger(TriggerKind.MEMBER_ENTERED_SEGMENT, null, null, "AT_RISK"), List.of(),
                        new RuleAction(ActionKind.CREATE_TASK, "Call the member this week", 48)));
        UUID slipping = data.rule(tenant.tenantId(), tenant.communityId(), "Slipping",
                when(new RuleTrigger(TriggerKind.MEMBER_ENTERED_SEGMENT, null, null, "SLIPPING"), List.of(),
                        new RuleAction(ActionKind.NOTIFY, "slipping", null)));
        MemberTestData.Added member = members.addOne(tenant.tenantId(), tenant.communityId(),
                MemberTestData.Spec.of("Engaged", "engaged-" + UUID.randomUUID(), MembershipStatus.JOINED)
                        .dates(Instant.now().minus(Duration.ofDays(101)), Instant.now().minus(Duration.ofDays(100)),
                                Instant.now()));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        for (int day = 0; day < 15; day++) {
            kpi.activeDay(tenant, tenant.communityId(), member.member(), today.minusDays(day), 1 | 2 | 4 | 8);
        }
        jobs.inTenant(tenant.tenantId(), recompute::run);
        work.run(tenant.tenantId());
        assertThat(data.runs(tenant.tenantId(), atRisk)).as("a first score enters no segment").isEmpty();

        // three warnings and a red line crossed take a champion (86) down to at risk (36)
        members.warnings(tenant.tenantId(), member.membership(), 3);
        UUID redLine = screening.redLine(tenant.tenantId(), tenant.communityId(), "No advertising");
        members.redLineWarning(tenant.tenantId(), member.membership(), redLine, Instant.now());
        jobs.inTenant(tenant.tenantId(), recompute::run);
        jobs.inTenant(tenant.tenantId(), recompute::run);
        work.run(tenant.tenantId());
        work.run(tenant.tenantId());

        assertThat(data.runs(tenant.tenantId(), atRisk)).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(run.inputs()).containsEntry("from", "CHAMPION").containsEntry("to", "AT_RISK");
        });
        assertThat(data.count(tenant.tenantId(), "select count(*) from today_task where rule_id = ?", atRisk))
                .isEqualTo(1);
        assertThat(data.runs(tenant.tenantId(), slipping)).isEmpty();
    }

    @Test
    void theSegmentDefaultsToAtRiskAndAnUnknownOneIsRefusedBesideTheField() {
        RuleSummary saved = as(tenant.admin(), () -> rules.create(tenant.communityId(), new RuleForm("Win back",
                when(new RuleTrigger(TriggerKind.MEMBER_ENTERED_SEGMENT, null, null, null), List.of(),
                        new RuleAction(ActionKind.NOTIFY, "x", null)))));
        assertThat(saved.definition().trigger().reference()).isEqualTo("AT_RISK");

        RuleForm unknown = new RuleForm("Gloomy", when(new RuleTrigger(TriggerKind.MEMBER_ENTERED_SEGMENT, null,
                null, "GLOOMY"), List.of(), new RuleAction(ActionKind.NOTIFY, "x", null)));
        assertThatThrownBy(() -> as(tenant.admin(), () -> rules.create(tenant.communityId(), unknown)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refused -> assertThat(refused.field()).isEqualTo("trigger.reference"));
    }
}
