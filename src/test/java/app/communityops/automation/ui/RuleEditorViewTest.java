package app.communityops.automation.ui;

import static app.communityops.automation.RuleTestData.form;
import static app.communityops.automation.RuleTestData.task;
import static app.communityops.automation.RuleTestData.welcomeTask;
import static app.communityops.automation.RuleTestData.with;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.automation.ActionKind;
import app.communityops.automation.ConditionKind;
import app.communityops.automation.RuleAction;
import app.communityops.automation.RuleCondition;
import app.communityops.automation.RuleScope;
import app.communityops.automation.RuleService;
import app.communityops.automation.RuleSummary;
import app.communityops.automation.RuleTrigger;
import app.communityops.automation.TriggerKind;
import app.communityops.members.HealthSegment;
import app.communityops.members.MemberListService;
import app.communityops.members.MemberTierForm;
import app.communityops.members.MemberTierSummary;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RuleEditorViewTest extends KaribuTest {

    @Autowired
    RuleService rules;
    @Autowired
    MemberListService memberLists;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOperatorBuildsARuleWhenIfThenAndSavesItAsADisabledDraft() {
        MemberTierSummary gold = SignedIn.as(tenant.admin(), () -> memberLists.createTier(MemberTierForm.of("Gold", 1)));
        login(tenant.operator());
        UI.getCurrent().navigate("automation/rules/new");

        ComboBox<RuleEditorView.Scope> scope = _get(ComboBox.class, spec -> spec.withId("rule-community"));
        assertThat(scope.getListDataView().getItems()).extracting(RuleEditorView.Scope::id)
                .containsExactly(tenant.communityId());
        assertThat(scope.getValue().id()).as("an operator's only community is chosen").isEqualTo(tenant.communityId());
        _get(TextField.class, spec -> spec.withId("rule-name")).setValue("Gold silence");
        _get(Select.class, spec -> spec.withId("rule-trigger")).setValue(TriggerKind.MEMBER_SILENT);
        IntegerField days = _get(IntegerField.class, spec -> spec.withId("rule-trigger-number"));
        assertThat(days.isVisible()).isTrue();
        assertThat(days.getLabel()).isEqualTo("Days");
        days.setValue(10);

        _click(_get(Button.class, spec -> spec.withId("rule-add-condition")));
        _get(Select.class, spec -> spec.withId("condition-kind-0")).setValue(ConditionKind.MEMBER_TIER_IS);
        Select<MemberTierSummary> tier = _get(Select.class, spec -> spec.withId("condition-tier-0"));
        assertThat(tier.isVisible()).isTrue();
        _assertNone(TextField.class, spec -> spec.withId("condition-tag-0"));
        tier.setValue(tier.getListDataView().getItems().filter(t -> t.id().equals(gold.id())).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("rule-add-condition")));
        _get(Select.class, spec -> spec.withId("condition-kind-1")).setValue(ConditionKind.MEMBER_LACKS_TAG);
        _get(TextField.class, spec -> spec.withId("condition-tag-1")).setValue("contacted");

        _get(TextField.class, spec -> spec.withId("action-text-0")).setValue("Call the gold member");
        _get(IntegerField.class, spec -> spec.withId("action-due-0")).setValue(12);
        _click(_get(Button.class, spec -> spec.withId("rule-add-action")));
        _get(Select.class, spec -> spec.withId("action-kind-1")).setValue(ActionKind.ADD_TAG);
        _get(TextField.class, spec -> spec.withId("action-text-1")).setValue("contacted");
        _click(_get(Button.class, spec -> spec.withId("rule-save")));

        RuleSummary saved = SignedIn.as(tenant.operator(), () -> rules.list(RuleScope.ALL)).getFirst();
        assertThat(saved.enabled()).isFalse();
        assertThat(saved.communityId()).isEqualTo(tenant.communityId());
        assertThat(saved.definition().trigger()).isEqualTo(RuleTrigger.of(TriggerKind.MEMBER_SILENT, 10));
        assertThat(saved.definition().conditions()).containsExactly(
                new RuleCondition(ConditionKind.MEMBER_TIER_IS, gold.id().toString()),
                new RuleCondition(ConditionKind.MEMBER_LACKS_TAG, "contacted"));
        assertThat(saved.definition().actions()).containsExactly(task("Call the gold member", 12),
                new RuleAction(ActionKind.ADD_TAG, "contacted", null));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("automation/rules/" + saved.id());
        assertThat(_get(Button.class, spec -> spec.withId("rule-toggle")).getText()).isEqualTo("Enable");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRefusalShowsBesideItsFieldAndMemberChoicesFollowTheTrigger() {
        login(tenant.admin());
        UI.getCurrent().navigate("automation/rules/new", QueryParameters.of("community",
                tenant.communityId().toString()));
        assertThat(((ComboBox<RuleEditorView.Scope>) _get(ComboBox.class, spec -> spec.withId("rule-community")))
                .getValue().id()).isEqualTo(tenant.communityId());
        _get(TextField.class, spec -> spec.withId("rule-name")).setValue("Too late");
        _get(Select.class, spec -> spec.withId("rule-trigger")).setValue(TriggerKind.REVIEW_AT_MOST);
        IntegerField stars = _get(IntegerField.class, spec -> spec.withId("rule-trigger-number"));
        stars.setValue(9);
        _get(TextField.class, spec -> spec.withId("action-text-0")).setValue("Answer");
        _click(_get(Button.class, spec -> spec.withId("rule-save")));
        assertThat(stars.isInvalid()).isTrue();
        assertThat(stars.getErrorMessage()).isEqualTo("Trigger stars: enter a whole number from 1 to 5");

        stars.setValue(2);
        IntegerField due = _get(IntegerField.class, spec -> spec.withId("action-due-0"));
        due.setValue(3000);
        _click(_get(Button.class, spec -> spec.withId("rule-save")));
        assertThat(stars.isInvalid()).isFalse();
        assertThat(due.getErrorMessage()).isEqualTo("Action 1 due in hours: enter a whole number from 0 to 2,160");
        SignedIn.run(tenant.admin(), () -> assertThat(rules.list(RuleScope.ALL)).isEmpty());

        _get(Select.class, spec -> spec.withId("rule-trigger")).setValue(TriggerKind.KPI_RED);
        assertThat(_get(Button.class, spec -> spec.withId("rule-add-condition")).isEnabled()).isFalse();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withId("rule-conditions-hint")).getText()).contains("not about one member");
        Select<ActionKind> kind = _get(Select.class, spec -> spec.withId("action-kind-0"));
        assertThat(kind.getItemEnabledProvider().test(ActionKind.ADD_TAG)).isFalse();
        assertThat(kind.getItemEnabledProvider().test(ActionKind.NOTIFY)).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aHealthSegmentTriggerAsksForTheSegmentAndSaysItInTheRuleSentence() {
        login(tenant.operator());
        UI.getCurrent().navigate("automation/rules/new");
        _get(TextField.class, spec -> spec.withId("rule-name")).setValue("Slipping members");
        _assertNone(Select.class, spec -> spec.withId("rule-trigger-segment"));
        _get(Select.class, spec -> spec.withId("rule-trigger")).setValue(TriggerKind.MEMBER_ENTERED_SEGMENT);
        Select<HealthSegment> segment = _get(Select.class, spec -> spec.withId("rule-trigger-segment"));
        assertThat(segment.getValue()).as("at risk unless chosen").isEqualTo(HealthSegment.AT_RISK);
        _assertNone(IntegerField.class, spec -> spec.withId("rule-trigger-number"));
        segment.setValue(HealthSegment.SLIPPING);
        _get(TextField.class, spec -> spec.withId("action-text-0")).setValue("Call the member");
        _get(IntegerField.class, spec -> spec.withId("action-due-0")).setValue(24);
        _click(_get(Button.class, spec -> spec.withId("rule-save")));

        RuleSummary saved = SignedIn.as(tenant.operator(), () -> rules.list(RuleScope.ALL)).getFirst();
        assertThat(saved.definition().trigger())
                .isEqualTo(new RuleTrigger(TriggerKind.MEMBER_ENTERED_SEGMENT, null, null, "SLIPPING"));
        UI.getCurrent().navigate("automation/rules/" + saved.id());
        assertThat(_get(Select.class, spec -> spec.withId("rule-trigger-segment")).getValue())
                .isEqualTo(HealthSegment.SLIPPING);
        assertThat(AutomationLabels.whenText(_get(RuleEditorView.class), saved.definition().trigger(),
                AutomationLabels.Names.NONE)).isEqualTo("When a member's health enters the segment Slipping");
    }

    @Test
    void aScheduleShowsItsNextThreeFiringsInTheTenantsZone() {
        login(tenant.admin());
        UI.getCurrent().navigate("automation/rules/new");
        _get(Select.class, spec -> spec.withId("rule-trigger")).setValue(TriggerKind.SCHEDULE);
        TextField cron = _get(TextField.class, spec -> spec.withId("rule-trigger-schedule"));
        cron.setValue("0 30 8 * * FRI");

        String next = _get(Div.class, spec -> spec.withId("rule-next-firings")).getText();
        assertThat(next).startsWith("Next: Fri ").contains("08:30").endsWith("(Asia/Shanghai)");
        assertThat(next.split(" · ")).hasSize(3);

        cron.setValue("30 8 * * FRI");
        assertThat(cron.isInvalid()).isTrue();
        assertThat(cron.getErrorMessage()).startsWith("Schedule: enter six fields");
    }

    @Test
    void aSavedRuleIsEnabledAfterConfirmingLinksToItsDryRunAndRunLogAndIsDeletedAfterConfirming() {
        RuleSummary rule = SignedIn.as(tenant.admin(), () -> rules.create(tenant.communityId(),
                form("Welcome", welcomeTask())));
        login(tenant.operator());
        UI.getCurrent().navigate("automation/rules/" + rule.id());
        assertThat(_get(TextField.class, spec -> spec.withId("rule-name")).getValue()).isEqualTo("Welcome");
        _assertNone(ComboBox.class, spec -> spec.withId("rule-community"));

        _click(_get(Button.class, spec -> spec.withId("rule-toggle")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));
        assertThat(SignedIn.as(tenant.operator(), () -> rules.find(rule.id())).orElseThrow().enabled()).isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("rule-toggle")).getText()).isEqualTo("Disable");

        // Unsaved edits survive switching on and are saved on the new version.
        _get(TextField.class, spec -> spec.withId("rule-name")).setValue("Welcome, edited");
        _click(_get(Button.class, spec -> spec.withId("rule-save")));
        assertThat(SignedIn.as(tenant.operator(), () -> rules.find(rule.id())).orElseThrow().name())
                .isEqualTo("Welcome, edited");

        assertLeadsTo("rule-dry-run", "automation/rules/" + rule.id() + "/dry-run");
        UI.getCurrent().navigate("automation/rules/" + rule.id());
        assertLeadsTo("rule-run-log", "automation/runs?rule=" + rule.id());

        UI.getCurrent().navigate("automation/rules/" + rule.id());
        _click(_get(Button.class, spec -> spec.withId("rule-delete")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));
        assertThat(SignedIn.as(tenant.operator(), () -> rules.find(rule.id()))).isEmpty();
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RulesView.class);
    }

    @Test
    void anEditOnAStaleVersionOffersAReloadInsteadOfOverwriting() {
        RuleSummary rule = SignedIn.as(tenant.admin(), () -> rules.create(tenant.communityId(),
                form("Welcome", welcomeTask())));
        login(tenant.admin());
        UI.getCurrent().navigate("automation/rules/" + rule.id());
        SignedIn.run(tenant.operator(), () -> rules.update(rule.id(), rule.version(), form("Theirs", welcomeTask())));

        _get(TextField.class, spec -> spec.withId("rule-name")).setValue("Mine");
        _click(_get(Button.class, spec -> spec.withId("rule-save")));

        _get(com.vaadin.flow.component.notification.Notification.class, spec -> spec.withId("concurrent-edit"));
        assertThat(SignedIn.as(tenant.admin(), () -> rules.find(rule.id())).orElseThrow().name()).isEqualTo("Theirs");
    }

    @Test
    void aRuleWhoseTierWasDeletedSaysWhatNeedsAttentionAndCannotBeEnabled() {
        RuleSummary rule = SignedIn.as(tenant.admin(), () -> {
            MemberTierSummary gold = memberLists.createTier(MemberTierForm.of("Gold", 1));
            RuleSummary made = rules.create(tenant.communityId(), form("Gold", with(
                    RuleTrigger.of(TriggerKind.MEMBER_JOINED),
                    List.of(new RuleCondition(ConditionKind.MEMBER_TIER_IS, gold.id().toString())), task("Hi", 1))));
            memberLists.deleteTier(gold.id());
            return made;
        });
        login(tenant.admin());
        UI.getCurrent().navigate("automation/rules/" + rule.id());

        assertThat(_get(Div.class, spec -> spec.withId("rule-attention")).getElement().getTextRecursively())
                .contains("Condition 1: the tier it names was deleted");
        assertThat(_get(Button.class, spec -> spec.withId("rule-toggle")).isEnabled()).isFalse();
        @SuppressWarnings("unchecked")
        Select<MemberTierSummary> tier = _get(Select.class, spec -> spec.withId("condition-tier-0"));
        assertThat(tier.isInvalid()).isTrue();
        assertThat(tier.getErrorMessage()).contains("was deleted");
    }

    @Test
    void aRuleOutOfReachIsNotFoundAndClientsAreTurnedAway() {
        RuleSummary elsewhere = SignedIn.as(tenant.admin(), () -> rules.create(tenant.unassignedCommunityId(),
                form("Elsewhere", welcomeTask())));
        RuleSummary everywhere = SignedIn.as(tenant.admin(), () -> rules.create(null, form("All", welcomeTask())));
        assertSignInRequired("automation/rules/" + elsewhere.id());
        assertNotFound("automation/rules/" + elsewhere.id(), tenant.operator());
        assertNotFound("automation/rules/" + everywhere.id(), tenant.operator());
        assertNotFound("automation/rules/" + elsewhere.id(), tenants.create().admin());
        assertNotFound("automation/rules/not-an-id", tenant.admin());
        assertDenied("automation/rules/" + elsewhere.id(), tenant.clientUser(), tenants.platformAdmin());
    }

    /**
     * The button leads to the address of a screen the automation engine provides. Where that screen is not part of
     * the build, the router answers "no route" for exactly that address.
     */
    private static void assertLeadsTo(String buttonId, String address) {
        try {
            _click(_get(Button.class, spec -> spec.withId(buttonId)));
        } catch (NotFoundException noSuchScreenYet) {
            assertThat(noSuchScreenYet.getMessage()).contains("'" + address + "'");
            return;
        }
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo(address);
    }
}
