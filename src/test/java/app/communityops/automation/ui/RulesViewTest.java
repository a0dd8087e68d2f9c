package app.communityops.automation.ui;

import static app.communityops.automation.RuleTestData.form;
import static app.communityops.automation.RuleTestData.task;
import static app.communityops.automation.RuleTestData.welcomeTask;
import static app.communityops.automation.RuleTestData.with;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.automation.ConditionKind;
import app.communityops.automation.RuleCondition;
import app.communityops.automation.RuleScope;
import app.communityops.automation.RuleService;
import app.communityops.automation.RuleSummary;
import app.communityops.automation.RuleTrigger;
import app.communityops.automation.TriggerKind;
import app.communityops.members.MemberListService;
import app.communityops.members.MemberTierForm;
import app.communityops.members.MemberTierSummary;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RulesViewTest extends KaribuTest {

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
    void onlyStaffMayOpenTheRules() {
        assertSignInRequired("automation/rules");
        assertDenied("automation/rules", tenant.clientUser(), tenants.platformAdmin());
    }

    @Test
    void withoutRulesTheListExplainsThemAndLeadsToThePlaybooks() {
        login(tenant.operator());
        UI.getCurrent().navigate("automation/rules");

        Div empty = _get(Div.class, spec -> spec.withId("rules-empty"));
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getElement().getTextRecursively()).contains("A rule acts on what happens");
        _assertNone(Grid.class, spec -> spec.withId("rules-grid"));
        _click(_get(Button.class, spec -> spec.withId("rules-empty-playbooks")));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PlaybooksView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAdminSeesEachRuleInWordsAndFiltersByCommunityOrTenantWide() {
        SignedIn.run(tenant.admin(), () -> {
            rules.create(null, form("Everywhere", with(RuleTrigger.of(TriggerKind.MEMBER_SILENT, 14),
                    List.of(new RuleCondition(ConditionKind.MEMBER_HAS_TAG, "vip")), task("Call them", 48))));
            rules.create(tenant.communityId(), form("Ours", welcomeTask()));
            rules.create(tenant.unassignedCommunityId(), form("Theirs", welcomeTask()));
        });
        login(tenant.admin());
        UI.getCurrent().navigate("automation/rules");

        assertThat(rows()).extracting(RuleSummary::name).containsExactly("Everywhere", "Ours", "Theirs");
        Grid<RuleSummary> grid = _get(Grid.class, spec -> spec.withId("rules-grid"));
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Every community",
                "When a member has been silent for 14 days", "task \"Call them\" due in 48 h");
        ComboBox<RulesView.Filter> filter = _get(ComboBox.class, spec -> spec.withId("rules-filter"));
        assertThat(filter.getListDataView().getItems().map(RulesView.Filter::label))
                .contains("All rules", "Rules for every community");
        filter.setValue(filter.getListDataView().getItems()
                .filter(choice -> choice.scope().kind() == RuleScope.Kind.TENANT_WIDE).findFirst().orElseThrow());
        assertThat(rows()).extracting(RuleSummary::name).containsExactly("Everywhere");
        filter.setValue(filter.getListDataView().getItems()
                .filter(choice -> tenant.communityId().equals(choice.scope().communityId())).findFirst()
                .orElseThrow());
        assertThat(rows()).extracting(RuleSummary::name).containsExactly("Ours");
    }

    @Test
    void aCommunityInTheAddressPicksItsRulesAndOperatorsSeeOnlyTheirCommunities() {
        SignedIn.run(tenant.admin(), () -> {
            rules.create(null, form("Everywhere", welcomeTask()));
            rules.create(tenant.communityId(), form("Ours", welcomeTask()));
            rules.create(tenant.unassignedCommunityId(), form("Theirs", welcomeTask()));
        });
        login(tenant.operator());
        UI.getCurrent().navigate("automation/rules");
        assertThat(rows()).extracting(RuleSummary::name).containsExactly("Ours");
        @SuppressWarnings("unchecked")
        ComboBox<RulesView.Filter> filter = _get(ComboBox.class, spec -> spec.withId("rules-filter"));
        assertThat(filter.getListDataView().getItems().map(RulesView.Filter::label))
                .doesNotContain("Rules for every community")
                .doesNotContain("Unassigned " + tenant.name().substring("Tenant ".length()));

        login(tenant.admin());
        UI.getCurrent().navigate("automation/rules", QueryParameters.of("community",
                tenant.unassignedCommunityId().toString()));
        assertThat(rows()).extracting(RuleSummary::name).containsExactly("Theirs");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theEnabledToggleAsksFirstAndARuleThatNeedsAttentionSaysSo() {
        RuleSummary rule = SignedIn.as(tenant.admin(), () -> rules.create(tenant.communityId(),
                form("Welcome", welcomeTask())));
        SignedIn.run(tenant.admin(), () -> {
            MemberTierSummary gold = memberLists.createTier(MemberTierForm.of("Gold", 1));
            rules.create(tenant.communityId(), form("Gold only", with(RuleTrigger.of(TriggerKind.MEMBER_JOINED),
                    List.of(new RuleCondition(ConditionKind.MEMBER_TIER_IS, gold.id().toString())),
                    task("Hi", 1))));
            memberLists.deleteTier(gold.id());
        });
        login(tenant.operator());
        UI.getCurrent().navigate("automation/rules");
        Grid<RuleSummary> grid = _get(Grid.class, spec -> spec.withId("rules-grid"));
        assertThat(rows()).extracting(RuleSummary::name).containsExactly("Gold only", "Welcome");

        Span attention = (Span) GridKt._getCellComponent(grid, 0, "status");
        assertThat(attention.getText()).isEqualTo("Needs attention");
        assertThat(attention.getTitle()).hasValueSatisfying(text -> assertThat(text)
                .contains("Condition 1: the tier it names was deleted"));
        assertThat(((Checkbox) GridKt._getCellComponent(grid, 0, "enabled")).isEnabled()).isFalse();

        Checkbox toggle = (Checkbox) GridKt._getCellComponent(grid, 1, "enabled");
        clientTicks(toggle);
        assertThat(toggle.getValue()).as("nothing changes before the confirmation").isFalse();
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));
        assertThat(SignedIn.as(tenant.operator(), () -> rules.find(rule.id())).orElseThrow().enabled()).isFalse();

        clientTicks(toggle);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));
        assertThat(SignedIn.as(tenant.operator(), () -> rules.find(rule.id())).orElseThrow().enabled()).isTrue();
        assertThat(((Span) GridKt._getCellComponent(grid, 1, "status")).getText()).isEqualTo("Enabled");

        GridKt._clickItem(grid, 1);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("automation/rules/" + rule.id());
        _assertNone(RulesView.class);
    }

    @SuppressWarnings("unchecked")
    private static List<RuleSummary> rows() {
        Grid<RuleSummary> grid = _get(Grid.class, spec -> spec.withId("rules-grid"));
        return GridKt._fetch(grid, 0, 100);
    }

    /** The browser ticks the box: the value changes on the client and the server hears of it. */
    private static void clientTicks(Checkbox toggle) {
        toggle.setValue(true);
        ComponentUtil.fireEvent(toggle, new AbstractField.ComponentValueChangeEvent<>(toggle, toggle, false, true));
    }
}
