package app.communityops.automation;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo's automation is made once, through the services, and every rule of it is valid. */
@IntegrationTest
class RuleDemoDataTest {

    @Autowired
    RuleDemoData demo;
    @Autowired
    RuleService rules;
    @Autowired
    PlaybookService playbooks;
    @Autowired
    TestTenants tenants;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void seedsThreePlaybooksForCommunitiesOneForEveryCommunityAndACustomDraftOnce() {
        Fixture tenant = tenants.create();
        assertThat(seed(tenant)).isTrue();
        assertThat(seed(tenant)).isFalse();

        SignedIn.run(tenant.admin(), () -> {
            List<RuleSummary> made = rules.list(RuleScope.ALL);
            assertThat(made).hasSize(7).noneMatch(RuleSummary::needsAttention);
            assertThat(made).filteredOn(rule -> rule.playbookKey() == null).singleElement()
                    .satisfies(custom -> {
                        assertThat(custom.enabled()).isFalse();
                        assertThat(custom.definition().trigger().kind()).isEqualTo(TriggerKind.MEMBER_SILENT);
                    });
            assertThat(made).filteredOn(rule -> rule.playbookKey() != null).allMatch(RuleSummary::enabled);
            assertThat(playbooks.overview()).filteredOn(status -> !status.placements().isEmpty())
                    .extracting(status -> status.playbook().key())
                    .containsExactlyInAnyOrder("welcome", "trial", "review", "weekly");
        });
    }

    private boolean seed(Fixture tenant) {
        return SignedIn.as(tenant.admin(), () -> Boolean.TRUE.equals(new TransactionTemplate(transactionManager)
                .execute(status -> demo.seed(tenant.communityId(), tenant.unassignedCommunityId()))));
    }
}
