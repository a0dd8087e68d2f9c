package app.communityops.automation;

import static app.communityops.automation.AutomationTestData.when;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.members.MemberTestData;
import app.communityops.members.MemberTestData.Spec;
import app.communityops.members.MembershipService;
import app.communityops.members.MembershipStatus;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A rule acts on facts that happen once it is switched on: a join recorded before, still waiting for the engine when
 * the rule is switched on, does not fire it; the next join does. Switching off and on again starts afresh.
 */
@IntegrationTest
class RuleActsFromSwitchOnTest {

    @Autowired TestTenants tenants;
    @Autowired MemberTestData members;
    @Autowired AutomationTestData data;
    @Autowired MembershipService memberships;
    @Autowired RuleService rules;
    @Autowired AutomationWork work;

    @Test
    void factsBeforeTheRuleWasSwitchedOnDoNotFireIt() {
        Fixture tenant = tenants.create();
        List<UUID> approved = members.add(tenant.tenantId(), tenant.communityId(), List.of(
                Spec.of("Before", "before", MembershipStatus.APPROVED),
                Spec.of("After", "after", MembershipStatus.APPROVED)));
        SignedIn.run(tenant.operator(), () -> memberships.join(approved.get(0)));

        RuleSummary rule = SignedIn.as(tenant.admin(), () -> {
            RuleSummary draft = rules.create(tenant.communityId(), new RuleForm("Welcome", when(
                    RuleTrigger.of(TriggerKind.MEMBER_JOINED), List.of(),
                    new RuleAction(ActionKind.CREATE_TASK, "Say hello", 24))));
            return rules.setEnabled(draft.id(), draft.version(), true);
        });
        SignedIn.run(tenant.operator(), () -> memberships.join(approved.get(1)));

        assertThat(work.run(tenant.tenantId())).isEqualTo(1);
        assertThat(data.runs(tenant.tenantId(), rule.id())).extracting(RunEntry::memberName)
                .containsExactly("After");
    }
}
