package app.communityops.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class PlaybookServiceTest {

    @Autowired
    PlaybookService playbooks;
    @Autowired
    RuleService rules;
    @Autowired
    TestTenants tenants;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void everyBuiltInPlaybookIsValidAndSwitchesOnAsEnabledRulesInTheSwitchersLanguage() {
        SignedIn.run(tenant.admin(), () -> {
            for (Playbook playbook : Playbook.values()) {
                PlaybookPlacement placed = playbooks.switchOn(playbook, tenant.communityId(), Locale.ENGLISH);
                assertThat(placed.rules()).as(playbook.key()).isEqualTo(playbook.steps().size());
                assertThat(placed.enabled()).as(playbook.key()).isEqualTo(playbook.steps().size());
            }
            List<RuleSummary> made = rules.list(RuleScope.community(tenant.communityId()));
            assertThat(made).hasSize(9).allSatisfy(rule -> {
                assertThat(rule.enabled()).isTrue();
                assertThat(rule.playbookKey()).isNotNull();
                assertThat(rule.name()).doesNotStartWith("!");
            });
            assertThat(made).extracting(RuleSummary::name).contains("Welcome: day 0", "Welcome: day 3 check-in",
                    "Welcome: day 7 activation nudge", "Trial lessons attended: paid-entry follow-up");
            RuleSummary trial = made.stream().filter(rule -> "trial".equals(rule.playbookKey())).findFirst()
                    .orElseThrow();
            assertThat(trial.definition().trigger()).isEqualTo(RuleTrigger.of(TriggerKind.ATTENDANCE_REACHED, 3));
            assertThat(trial.definition().conditions()).extracting(RuleCondition::kind)
                    .containsExactly(ConditionKind.NO_PURCHASE_YET);
            assertThat(trial.definition().actions().getFirst().text()).contains("19.9");
            RuleSummary atRisk = made.stream().filter(rule -> "atrisk".equals(rule.playbookKey())).findFirst()
                    .orElseThrow();
            assertThat(atRisk.definition().trigger())
                    .isEqualTo(new RuleTrigger(TriggerKind.MEMBER_ENTERED_SEGMENT, null, null, "AT_RISK"));
            assertThat(atRisk.definition().actions()).extracting(RuleAction::kind)
                    .containsExactly(ActionKind.ADD_TAG, ActionKind.CREATE_TASK);
            RuleSummary weekly = made.stream().filter(rule -> "weekly".equals(rule.playbookKey())).findFirst()
                    .orElseThrow();
            assertThat(weekly.definition().trigger().schedule()).isEqualTo("0 0 9 * * MON");
            RuleSummary review = made.stream().filter(rule -> "review".equals(rule.playbookKey())).findFirst()
                    .orElseThrow();
            assertThat(review.definition().trigger().number()).isEqualTo(2);
            assertThat(review.definition().actions().getFirst().dueInHours()).isEqualTo(24);
        });
        SignedIn.run(tenant.operator(), () -> {
            playbooks.switchOn(Playbook.WELCOME, tenant.communityId(), Locale.SIMPLIFIED_CHINESE);
            assertThat(rules.list(RuleScope.community(tenant.communityId()))).extracting(RuleSummary::name)
                    .contains("Welcome: day 0").doesNotContain("欢迎：第 0 天");
        });
    }

    @Test
    void switchingOnTwiceDuplicatesNothingAndKeepsEditsAndSwitchingOffDisablesAndKeeps() {
        SignedIn.run(tenant.operator(), () -> {
            playbooks.switchOn(Playbook.WELCOME, tenant.communityId(), Locale.SIMPLIFIED_CHINESE);
            RuleSummary day0 = rules.list(RuleScope.ALL).stream().filter(rule -> rule.name().equals("欢迎：第 0 天"))
                    .findFirst().orElseThrow();
            rules.update(day0.id(), day0.version(), new RuleForm("Our own welcome", day0.definition()));

            assertThat(playbooks.switchOff(Playbook.WELCOME, tenant.communityId())).isEqualTo(3);
            assertThat(rules.list(RuleScope.ALL)).hasSize(3).noneMatch(RuleSummary::enabled);
            assertThat(placement(Playbook.WELCOME)).containsExactly(
                    new PlaybookPlacement(tenant.communityId(), communityName(), 3, 0));

            PlaybookPlacement again = playbooks.switchOn(Playbook.WELCOME, tenant.communityId(), Locale.ENGLISH);
            assertThat(again).isEqualTo(new PlaybookPlacement(tenant.communityId(), communityName(), 3, 3));
            PlaybookPlacement thrice = playbooks.switchOn(Playbook.WELCOME, tenant.communityId(), Locale.ENGLISH);
            assertThat(thrice.rules()).isEqualTo(3);
            assertThat(rules.list(RuleScope.ALL)).hasSize(3).allMatch(RuleSummary::enabled)
                    .extracting(RuleSummary::name).contains("Our own welcome");

            // A rule of the playbook deleted by hand comes back when the playbook is switched on again.
            RuleSummary one = rules.list(RuleScope.ALL).getFirst();
            rules.delete(one.id(), one.version());
            assertThat(playbooks.switchOn(Playbook.WELCOME, tenant.communityId(), Locale.ENGLISH).rules()).isEqualTo(3);
            assertThat(rules.list(RuleScope.ALL)).hasSize(3);
        });
    }

    @Test
    void tenantWidePlaybooksAreForTenantAdminsAndOperatorsSeeOnlyTheirCommunities() {
        SignedIn.run(tenant.admin(), () -> {
            playbooks.switchOn(Playbook.WEEKLY_SHARING, null, Locale.ENGLISH);
            playbooks.switchOn(Playbook.WEEKLY_SHARING, tenant.unassignedCommunityId(), Locale.ENGLISH);
            playbooks.switchOn(Playbook.WEEKLY_SHARING, tenant.communityId(), Locale.ENGLISH);
            assertThat(placement(Playbook.WEEKLY_SHARING)).extracting(PlaybookPlacement::communityId)
                    .first().isNull();
            assertThat(placement(Playbook.WEEKLY_SHARING)).hasSize(3).allMatch(PlaybookPlacement::on);
        });
        SignedIn.run(tenant.operator(), () -> {
            assertThat(placement(Playbook.WEEKLY_SHARING)).extracting(PlaybookPlacement::communityId)
                    .containsExactly(tenant.communityId());
            assertThatThrownBy(() -> playbooks.switchOn(Playbook.WELCOME, null, Locale.ENGLISH))
                    .isInstanceOf(UserFacingException.class).extracting("field").isEqualTo("communityId");
            assertThatThrownBy(() -> playbooks.switchOff(Playbook.WEEKLY_SHARING, null))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> playbooks.switchOn(Playbook.WELCOME, tenant.unassignedCommunityId(),
                    Locale.ENGLISH)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> playbooks.switchOff(Playbook.WEEKLY_SHARING, tenant.unassignedCommunityId()))
                    .isInstanceOf(NotFoundException.class);
        });
        SignedIn.run(tenant.clientUser(), () -> {
            assertThatThrownBy(() -> playbooks.overview()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> playbooks.switchOn(Playbook.WELCOME, tenant.communityId(), Locale.ENGLISH))
                    .isInstanceOf(AccessDeniedException.class);
        });
        Fixture other = tenants.create();
        SignedIn.run(other.admin(), () -> {
            assertThat(playbooks.overview()).allMatch(status -> status.placements().isEmpty());
            assertThatThrownBy(() -> playbooks.switchOn(Playbook.WELCOME, tenant.communityId(), Locale.ENGLISH))
                    .isInstanceOf(NotFoundException.class);
        });
    }

    private List<PlaybookPlacement> placement(Playbook playbook) {
        return playbooks.overview().stream().filter(status -> status.playbook() == playbook).findFirst()
                .orElseThrow().placements();
    }

    private String communityName() {
        return "Community " + tenant.name().substring("Tenant ".length());
    }
}
