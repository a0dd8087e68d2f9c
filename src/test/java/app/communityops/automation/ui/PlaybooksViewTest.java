package app.communityops.automation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.automation.RuleScope;
import app.communityops.automation.RuleService;
import app.communityops.automation.RuleSummary;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.UnorderedList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PlaybooksViewTest extends KaribuTest {

    @Autowired
    RuleService rules;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void onlyStaffMayOpenThePlaybooks() {
        assertSignInRequired("automation/playbooks");
        assertDenied("automation/playbooks", tenant.clientUser(), tenants.platformAdmin());
    }

    @Test
    void theSixPlaybooksSayWhatTheyDoInTheUsersLanguage() {
        login(tenant.operator());
        UI.getCurrent().navigate("automation/playbooks");
        for (String key : new String[] {"welcome", "winback", "trial", "repurchase", "review", "weekly"}) {
            assertThat(_get(Div.class, spec -> spec.withId("playbook-placements-" + key)).getElement()
                    .getTextRecursively())
                    .isEqualTo("Not switched on anywhere yet.");
        }
        assertThat(_get(UnorderedList.class, spec -> spec.withId("playbook-steps-trial")).getElement()
                .getTextRecursively()).contains("When a member has attended 3 activities",
                "the member has bought nothing here yet", "19.9 yuan", "due in 24 h");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("playbook-steps-weekly")).getElement()
                .getTextRecursively()).contains("On the schedule 0 0 9 * * MON");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOperatorSwitchesAPlaybookOnForTheirCommunityAndOffAfterConfirming() {
        login(tenant.operator());
        UI.getCurrent().navigate("automation/playbooks");
        ComboBox<RulesView.Filter> scope = _get(ComboBox.class, spec -> spec.withId("playbook-scope-welcome"));
        assertThat(scope.getListDataView().getItems()).extracting(choice -> choice.scope().communityId())
                .containsExactly(tenant.communityId());
        Button on = _get(Button.class, spec -> spec.withId("playbook-on-welcome"));
        assertThat(on.isEnabled()).isFalse();
        scope.setValue(scope.getListDataView().getItem(0));
        _click(on);

        assertThat(SignedIn.as(tenant.operator(), () -> rules.list(RuleScope.ALL))).hasSize(3)
                .allMatch(RuleSummary::enabled).allMatch(rule -> "welcome".equals(rule.playbookKey()));
        assertThat(_get(Div.class, spec -> spec.withId("playbook-placements-welcome")).getElement()
                .getTextRecursively()).contains("On for Community ", "3 of 3 rules enabled");

        _click(_get(Button.class, spec -> spec.withId("playbook-off-welcome-" + tenant.communityId())));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));
        assertThat(SignedIn.as(tenant.operator(), () -> rules.list(RuleScope.ALL))).hasSize(3)
                .noneMatch(RuleSummary::enabled);
        assertThat(_get(Div.class, spec -> spec.withId("playbook-placements-welcome")).getElement()
                .getTextRecursively()).contains("Off for Community ", "0 of 3 rules enabled");

        _click(_get(Button.class, spec -> spec.withId("playbook-rules-welcome-" + tenant.communityId())));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("automation/rules?community=" + tenant.communityId());
    }

    @Test
    @SuppressWarnings("unchecked")
    void tenantAdminsAlsoSwitchAPlaybookOnForEveryCommunity() {
        login(tenant.admin());
        UI.getCurrent().navigate("automation/playbooks");
        ComboBox<RulesView.Filter> scope = _get(ComboBox.class, spec -> spec.withId("playbook-scope-review"));
        RulesView.Filter everywhere = scope.getListDataView().getItems()
                .filter(choice -> choice.scope().kind() == RuleScope.Kind.TENANT_WIDE).findFirst().orElseThrow();
        assertThat(everywhere.label()).isEqualTo("Every community");
        scope.setValue(everywhere);
        _click(_get(Button.class, spec -> spec.withId("playbook-on-review")));

        assertThat(SignedIn.as(tenant.admin(), () -> rules.list(RuleScope.TENANT_WIDE))).hasSize(1)
                .allMatch(RuleSummary::enabled);
        assertThat(_get(Div.class, spec -> spec.withId("playbook-placements-review")).getElement()
                .getTextRecursively()).contains("On for Every community: 1 of 1 rules enabled");
    }
}
