package app.communityops.kpi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.kpi.KpiPeriod;
import app.communityops.kpi.KpiService;
import app.communityops.kpi.PeriodKind;
import app.communityops.kpi.TargetTree;
import app.communityops.kpi.TargetTreeService;
import app.communityops.kpi.TreeNode;
import app.communityops.kpi.TreeTargets;
import app.communityops.security.AccountSummary;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Manage page's target tree: empty state, the edit dialog, the tree's cards, the lever, removal, clients. */
class TargetTreePanelTest extends KaribuTest {

    @Autowired TargetTreeService trees;
    @Autowired KpiService kpis;

    Fixture tenant;
    KpiPeriod month;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
        month = KpiPeriod.of(PeriodKind.MONTH, SignedIn.as(tenant.operator(), kpis::today));
    }

    @Test
    void anOperatorBreaksTheGoalIntoItsDriversInTheDialog() {
        login(tenant.operator());
        UI.getCurrent().navigate(manage(tenant.communityId()));
        Div empty = _get(Div.class, spec -> spec.withId("target-tree-empty"));
        assertThat(empty.getElement().getTextRecursively()).contains("Break your goal into its drivers");
        _click(_get(Button.class, spec -> spec.withId("target-tree-create")));
        _assertOne(TargetTreeDialog.class);
        assertThat(owner(TreeNode.REVENUE).getValue().id()).as("the editor owns by default")
                .isEqualTo(tenant.operator().userId());
        assertThat(owner(TreeNode.REVENUE).getListDataView().getItems().map(AccountSummary::id))
                .containsExactlyInAnyOrder(tenant.operator().userId(), tenant.admin().userId());
        target(TreeNode.REVENUE).setValue(new BigDecimal("5000"));
        target(TreeNode.NEW_MEMBERS).setValue(new BigDecimal("100"));
        target(TreeNode.ACTIVATION_RATE).setValue(new BigDecimal("160"));
        target(TreeNode.FIRST_PURCHASE_RATE).setValue(new BigDecimal("10"));
        target(TreeNode.FIRST_ORDER_VALUE).setValue(new BigDecimal("500"));
        target(TreeNode.REPURCHASE_REVENUE).setValue(new BigDecimal("1000"));
        assertThat(_get(Span.class, spec -> spec.withId("tree-edit-implied")).getText()).contains("9,000")
                .contains("5,000");
        _click(_get(Button.class, spec -> spec.withId("tree-edit-save")));
        assertThat(target(TreeNode.ACTIVATION_RATE).isInvalid()).isTrue();
        assertThat(target(TreeNode.ACTIVATION_RATE).getErrorMessage()).isEqualTo("A rate is at most 100 %.");
        target(TreeNode.ACTIVATION_RATE).setValue(new BigDecimal("60"));
        owner(TreeNode.FIRST_ORDER_VALUE).setValue(owner(TreeNode.FIRST_ORDER_VALUE).getListDataView().getItems()
                .filter(account -> account.id().equals(tenant.admin().userId())).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("tree-edit-save")));

        _assertNone(TargetTreeDialog.class);
        _assertNone(Div.class, spec -> spec.withId("target-tree-empty"));
        assertThat(text("tree-target-NEW_MEMBERS")).isEqualTo("100");
        assertThat(text("tree-target-ACTIVATION_RATE")).isEqualTo("60%");
        assertThat(text("tree-owner-FIRST_ORDER_VALUE")).isEqualTo(displayName(tenant.admin().userId()));
        assertThat(text("tree-expected-ACTIVATION_RATE")).as("a rate should be at its target already")
                .isEqualTo("60%");
        assertThat(text("tree-actual-NEW_MEMBERS")).isEqualTo("0");
        assertThat(text("target-tree-implied")).contains("4,000").contains("5,000").contains("adjust the drivers");
        for (TreeNode node : TreeNode.values()) {
            _assertOne(Div.class, spec -> spec.withId("tree-node-" + node.name()));
        }
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text", ""))
                .contains("Target tree saved.");
    }

    @Test
    void theEditDialogOpensOnTheCurrentTreeAndSavesItsChanges() {
        save(tenant, month);
        login(tenant.admin());
        UI.getCurrent().navigate(manage(tenant.communityId()));
        _click(_get(Button.class, spec -> spec.withId("target-tree-edit")));
        assertThat(target(TreeNode.FIRST_ORDER_VALUE).getValue()).isEqualByComparingTo("500");
        assertThat(owner(TreeNode.REVENUE).getValue().id()).isEqualTo(tenant.operator().userId());
        assertThat(_get(Span.class, spec -> spec.withId("tree-edit-implied")).getText()).contains("4,000");
        target(TreeNode.REPURCHASE_REVENUE).setValue(new BigDecimal("3000"));
        assertThat(_get(Span.class, spec -> spec.withId("tree-edit-implied")).getText()).contains("6,000");
        target(TreeNode.REVENUE).setValue(new BigDecimal("6000"));
        _click(_get(Button.class, spec -> spec.withId("tree-edit-save")));
        _assertNone(TargetTreeDialog.class);
        assertThat(text("tree-target-REVENUE")).isEqualTo("CN¥6,000.00");
        assertThat(text("target-tree-implied")).contains("in line with");
        assertThat(SignedIn.as(tenant.admin(), () -> trees.tree(tenant.communityId(), month)).version()).isEqualTo(1);
    }

    @Test
    void theLeverBehindIsHighlightedAndNamed() {
        save(tenant, month);
        login(tenant.operator());
        UI.getCurrent().navigate(manage(tenant.communityId()));
        TargetTree tree = SignedIn.as(tenant.operator(), () -> trees.tree(tenant.communityId(), month));
        TreeNode lever = tree.lever();
        // No members, no orders: every driver with a figure is at zero, below where it should be.
        assertThat(lever).isEqualTo(TreeNode.NEW_MEMBERS);
        assertThat(text("target-tree-lever")).isEqualTo("New members is the lever behind: 0 vs "
                + TargetTreePanel.figure(UI.getCurrent(), TreeNode.NEW_MEMBERS,
                        tree.node(TreeNode.NEW_MEMBERS).orElseThrow().pacing().expected(), "CNY") + " expected");
        assertThat(_get(Div.class, spec -> spec.withId("tree-node-NEW_MEMBERS")).getClassNames())
                .contains("target-tree-node-lever", "target-tree-red");
        assertThat(_get(Div.class, spec -> spec.withId("tree-node-ACTIVATION_RATE")).getClassNames())
                .doesNotContain("target-tree-node-lever");
    }

    @Test
    void staffRemoveTheTreeAfterConfirmingAndCopyLastPeriods() {
        save(tenant, month.previous());
        login(tenant.admin());
        UI.getCurrent().navigate(manage(tenant.communityId()));
        _click(_get(Button.class, spec -> spec.withId("target-tree-copy")));
        assertThat(text("tree-target-FIRST_ORDER_VALUE")).isEqualTo("CN¥500.00");
        _click(_get(Button.class, spec -> spec.withId("target-tree-remove")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog"));
        ConfirmDialogKt._fireConfirm(confirm);
        _assertOne(Div.class, spec -> spec.withId("target-tree-empty"));
        assertThat(SignedIn.as(tenant.admin(), () -> trees.tree(tenant.communityId(), month)).isSet()).isFalse();
    }

    @Test
    void clientsReadTheTreeWithoutWaysToChangeIt() {
        login(tenant.clientUser());
        UI.getCurrent().navigate(manage(tenant.communityId()));
        assertThat(_get(Div.class, spec -> spec.withId("target-tree-empty")).getElement().getTextRecursively())
                .contains("No target tree has been set for this period yet.");
        _assertNone(Button.class, spec -> spec.withId("target-tree-create"));
        _assertNone(Button.class, spec -> spec.withId("target-tree-copy"));
        save(tenant, month);
        UI.getCurrent().navigate(manage(tenant.communityId()));
        _assertOne(Div.class, spec -> spec.withId("target-tree"));
        assertThat(text("tree-owner-REVENUE")).isEqualTo(displayName(tenant.operator().userId()));
        _assertNone(Button.class, spec -> spec.withId("target-tree-edit"));
        _assertNone(Button.class, spec -> spec.withId("target-tree-remove"));
    }

    private void save(Fixture fixture, KpiPeriod period) {
        Map<TreeNode, TreeTargets.Target> nodes = new EnumMap<>(TreeNode.class);
        UUID owner = fixture.operator().userId();
        nodes.put(TreeNode.REVENUE, new TreeTargets.Target(new BigDecimal("4000"), owner));
        nodes.put(TreeNode.NEW_MEMBERS, new TreeTargets.Target(new BigDecimal("100"), owner));
        nodes.put(TreeNode.ACTIVATION_RATE, new TreeTargets.Target(new BigDecimal("60"), owner));
        nodes.put(TreeNode.FIRST_PURCHASE_RATE, new TreeTargets.Target(new BigDecimal("10"), owner));
        nodes.put(TreeNode.FIRST_ORDER_VALUE, new TreeTargets.Target(new BigDecimal("500"), owner));
        nodes.put(TreeNode.REPURCHASE_REVENUE, new TreeTargets.Target(new BigDecimal("1000"), owner));
        SignedIn.run(fixture.operator(), () -> trees.save(fixture.communityId(), period,
                new TreeTargets("CNY", nodes), -1));
    }

    private String displayName(UUID user) {
        return SignedIn.as(tenant.admin(), () -> trees.owners(tenant.communityId())).stream()
                .filter(account -> account.id().equals(user)).findFirst().orElseThrow().displayName();
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    private static BigDecimalField target(TreeNode node) {
        return _get(BigDecimalField.class, spec -> spec.withId("tree-edit-target-" + node.name()));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<AccountSummary> owner(TreeNode node) {
        return _get(ComboBox.class, spec -> spec.withId("tree-edit-owner-" + node.name()));
    }

    private static String manage(UUID community) {
        return "communities/" + community + "/manage";
    }
}
