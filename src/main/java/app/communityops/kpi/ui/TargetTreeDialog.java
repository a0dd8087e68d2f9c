package app.communityops.kpi.ui;

import app.communityops.kpi.Kpi;
import app.communityops.kpi.KpiPeriod;
import app.communityops.kpi.TargetTree;
import app.communityops.kpi.TargetTreeService;
import app.communityops.kpi.TreeNode;
import app.communityops.kpi.TreeTargets;
import app.communityops.security.AccountSummary;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormDialogButtons;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.StaleEdit;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Sets a period's target tree: each node's target (money in the community's KPI currency, rates in percent) and its
 * owner among the community's staff. Shows, as the figures are typed, the goal the drivers imply, so a goal that
 * the drivers cannot reach is seen before it is saved. The service validates and names the field it refuses.
 */
class TargetTreeDialog extends Dialog {

    private final TargetTreeService trees;
    private final UUID communityId;
    private final KpiPeriod period;
    private final long version;
    private final String currency;
    private final Consumer<TargetTree> onSaved;
    private final Runnable reload;
    private final Map<TreeNode, BigDecimalField> targets = new EnumMap<>(TreeNode.class);
    private final Map<TreeNode, ComboBox<AccountSummary>> owners = new EnumMap<>(TreeNode.class);
    private final Span implied = new Span();

    TargetTreeDialog(TargetTreeService trees, UUID communityId, KpiPeriod period, @Nullable TargetTree current,
                     Consumer<TargetTree> onSaved, Runnable reload) {
        this.trees = trees;
        this.communityId = communityId;
        this.period = period;
        this.onSaved = onSaved;
        this.reload = reload;
        this.version = current == null ? -1 : current.version();
        this.currency = trees.currency(communityId);
        setId("target-tree-dialog");
        setHeaderTitle(getTranslation("kpi.tree.dialog.title", DashboardFormat.period(this, period)));
        List<AccountSummary> staff = trees.owners(communityId);
        UUID me = CurrentUser.require().userId();
        AccountSummary defaultOwner = staff.stream().filter(account -> account.id().equals(me)).findFirst()
                .orElse(staff.isEmpty() ? null : staff.getFirst());
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        for (TreeNode node : TreeNode.values()) {
            BigDecimalField target = new BigDecimalField(getTranslation(node.nameKey()));
            target.setId("tree-edit-target-" + node.name());
            target.setHelperText(getTranslation(node.definitionKey()));
            target.setSuffixComponent(new Span(switch (node.unit()) {
                case MONEY -> currency;
                case PERCENT -> "%";
                default -> "";
            }));
            target.setRequiredIndicatorVisible(true);
            ComboBox<AccountSummary> owner = new ComboBox<>(getTranslation("kpi.tree.owner.of",
                    getTranslation(node.nameKey())));
            owner.setId("tree-edit-owner-" + node.name());
            owner.setItems(staff);
            owner.setItemLabelGenerator(AccountSummary::displayName);
            owner.setRequiredIndicatorVisible(true);
            TargetTree.Node shown = current == null ? null : current.node(node).orElse(null);
            if (shown != null) {
                target.setValue(node.unit() == Kpi.Unit.MONEY ? shown.target() : plain(shown.target()));
                owner.setValue(staff.stream().filter(account -> account.id().equals(shown.ownerId())).findFirst()
                        .orElse(null));
            } else if (defaultOwner != null) {
                owner.setValue(defaultOwner);
            }
            targets.put(node, target);
            owners.put(node, owner);
            form.add(target, owner);
        }
        // Listened to once every field exists: filling in the current tree above already sets values.
        targets.values().forEach(field -> field.addValueChangeListener(change -> showImplied()));
        implied.setId("tree-edit-implied");
        Paragraph note = new Paragraph(getTranslation("kpi.tree.dialog.currency", currency));
        note.setId("tree-edit-currency");
        add(note, form, implied);
        showImplied();
        FormDialogButtons.primary(this, getTranslation("kpi.tree.dialog.save"), "tree-edit-save", "tree-edit-cancel",
                click -> save());
        setWidth("min(52rem, 96vw)");
    }

    /** A count or a rate as typed: 20 rather than 20.00, 12.5 rather than 12.50. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }

    BigDecimalField target(TreeNode node) {
        return java.util.Objects.requireNonNull(targets.get(node));
    }

    ComboBox<AccountSummary> owner(TreeNode node) {
        return java.util.Objects.requireNonNull(owners.get(node));
    }

    /** The goal the drivers as typed imply, beside the goal's target; blank until every driver has a value. */
    private void showImplied() {
        BigDecimal hundred = BigDecimal.valueOf(100);
        BigDecimal product = BigDecimal.ONE;
        for (TreeNode node : TreeNode.FACTORS) {
            BigDecimal value = target(node).getValue();
            if (value == null) {
                implied.setText("");
                return;
            }
            product = product.multiply(node.unit() == Kpi.Unit.PERCENT ? value.divide(hundred) : value);
        }
        BigDecimal repurchase = target(TreeNode.REPURCHASE_REVENUE).getValue();
        if (repurchase == null) {
            implied.setText("");
            return;
        }
        BigDecimal sum = product.add(repurchase).setScale(2, RoundingMode.HALF_UP);
        BigDecimal goal = target(TreeNode.REVENUE).getValue();
        implied.setText(getTranslation("kpi.tree.dialog.implied",
                TargetTreePanel.figure(this, TreeNode.REVENUE, sum, currency),
                goal == null ? DashboardFormat.NONE : TargetTreePanel.figure(this, TreeNode.REVENUE, goal, currency)));
    }

    private void save() {
        Map<TreeNode, TreeTargets.Target> nodes = new EnumMap<>(TreeNode.class);
        for (TreeNode node : TreeNode.values()) {
            target(node).setInvalid(false);
            owner(node).setInvalid(false);
            AccountSummary owner = owner(node).getValue();
            nodes.put(node, new TreeTargets.Target(target(node).getValue(), owner == null ? null : owner.id()));
        }
        try {
            TargetTree saved = trees.save(communityId, period, new TreeTargets(currency, nodes), version);
            close();
            onSaved.accept(saved);
        } catch (ConcurrentEditException stale) {
            close();
            StaleEdit.offerReload(reload);
        } catch (UserFacingException refusal) {
            Map<String, HasValidation> fields = new HashMap<>();
            targets.forEach((node, field) -> fields.put(node.name() + ".target", field));
            owners.forEach((node, field) -> fields.put(node.name() + ".owner", field));
            FormErrors.show(refusal, fields);
        }
    }
}
