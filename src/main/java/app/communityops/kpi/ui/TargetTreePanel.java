package app.communityops.kpi.ui;

import app.communityops.kpi.Kpi;
import app.communityops.kpi.KpiPeriod;
import app.communityops.kpi.Pacing;
import app.communityops.kpi.TargetTree;
import app.communityops.kpi.TargetTreeService;
import app.communityops.kpi.TreeNode;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.Confirm;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import app.communityops.shared.ui.StaleEdit;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The Manage page's target tree for the period shown: the goal, course revenue, and its drivers as cards joined by
 * × and +, each with its target, actual, expected by now, forecast, owner and status colour; the lever behind
 * highlighted and named in a sentence; the goal the drivers imply against the goal's own target. Staff set it in a
 * dialog, copy last period's or remove it; client users read it. The cards stack on a narrow screen.
 */
class TargetTreePanel extends VerticalLayout {

    private final TargetTreeService trees;
    private final UUID communityId;
    private final boolean editable;
    private final Div body = new Div();
    private KpiPeriod period;
    private @Nullable TargetTree tree;

    TargetTreePanel(TargetTreeService trees, UUID communityId, KpiPeriod period, boolean editable) {
        this.trees = trees;
        this.communityId = communityId;
        this.period = period;
        this.editable = editable;
        setId("target-tree-panel");
        setPadding(false);
        addClassName("target-tree-panel");
        body.setWidthFull();
        add(new H3(getTranslation("kpi.tree.title")), new Paragraph(getTranslation("kpi.tree.intro")), body);
        refresh();
    }

    void show(KpiPeriod shown) {
        period = shown;
        refresh();
    }

    /** The tree shown (for the tests and the dialog); null before the first read. */
    @Nullable TargetTree tree() {
        return tree;
    }

    void refresh() {
        TargetTree shown = trees.tree(communityId, period);
        tree = shown;
        body.removeAll();
        if (!shown.isSet()) {
            body.add(empty());
            return;
        }
        body.add(summary(shown), diagram(shown));
        if (editable) {
            Button edit = new Button(getTranslation("kpi.tree.edit"), VaadinIcon.EDIT.create(), click -> edit(shown));
            edit.setId("target-tree-edit");
            Button remove = new Button(getTranslation("kpi.tree.remove"), VaadinIcon.TRASH.create(),
                    click -> Confirm.danger(getTranslation("kpi.tree.remove.header"),
                            getTranslation("kpi.tree.remove.text", DashboardFormat.period(this, period)),
                            getTranslation("kpi.tree.remove"), () -> remove(shown)));
            remove.setId("target-tree-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            body.add(new HorizontalLayout(edit, remove));
        }
    }

    private Component summary(TargetTree shown) {
        Div summary = new Div();
        summary.addClassName("target-tree-summary");
        Span lever = new Span(leverSentence(this, shown));
        lever.setId("target-tree-lever");
        lever.addClassName(shown.lever() == null ? "target-tree-lever-none" : "target-tree-lever");
        TargetTree.Node goal = shown.nodes().getFirst();
        Span implied = new Span(getTranslation(shown.disagrees() ? "kpi.tree.implied.disagrees" : "kpi.tree.implied",
                figure(this, TreeNode.REVENUE, shown.impliedGoal(), shown.currency()),
                figure(this, TreeNode.REVENUE, goal.target(), shown.currency())));
        implied.setId("target-tree-implied");
        if (shown.disagrees()) {
            implied.addClassName("target-tree-disagrees");
            implied.getElement().setAttribute("role", "alert");
        }
        Span day = new Span(shown.elapsed() == 0 ? getTranslation("kpi.tree.notStarted")
                : getTranslation("kpi.tree.day", shown.elapsed(), shown.days()));
        day.setId("target-tree-day");
        day.setTitle(getTranslation("kpi.tree.pacing.help"));
        day.addClassName("target-tree-day");
        summary.add(lever, implied, day);
        if (shown.currencyChanged()) {
            Span changed = new Span(getTranslation("kpi.tree.currencyChanged", shown.currency(),
                    shown.communityCurrency()));
            changed.setId("target-tree-currency");
            changed.addClassName("target-tree-disagrees");
            summary.add(changed);
        }
        return summary;
    }

    /** The goal on top; below it first-purchase revenue's four factors joined by ×, then + repurchase revenue. */
    private Component diagram(TargetTree shown) {
        Div diagram = new Div();
        diagram.setId("target-tree");
        diagram.addClassName("target-tree");
        Div goal = new Div(card(shown, TreeNode.REVENUE));
        goal.addClassName("target-tree-goal");
        Div factors = new Div();
        factors.addClassName("target-tree-factors");
        for (TreeNode node : TreeNode.FACTORS) {
            if (node != TreeNode.FACTORS.getFirst()) {
                factors.add(operator("×"));
            }
            factors.add(card(shown, node));
        }
        Div first = new Div(label("kpi.tree.branch.first"), factors);
        first.addClassName("target-tree-branch");
        Div repurchase = new Div(label("kpi.tree.branch.repurchase"), card(shown, TreeNode.REPURCHASE_REVENUE));
        repurchase.addClassName("target-tree-branch");
        Div branches = new Div(first, operator("+"), repurchase);
        branches.addClassName("target-tree-branches");
        diagram.add(goal, branches);
        return diagram;
    }

    private Component card(TargetTree shown, TreeNode node) {
        TargetTree.Node line = shown.node(node).orElseThrow();
        Div card = new Div();
        card.setId("tree-node-" + node.name());
        card.addClassNames("target-tree-node", "target-tree-" + line.status().name().toLowerCase(java.util.Locale.ROOT));
        if (node == shown.lever()) {
            card.addClassName("target-tree-node-lever");
        }
        Span name = new Span(getTranslation(node.nameKey()));
        name.addClassName("target-tree-node-name");
        name.setTitle(getTranslation(node.definitionKey()));
        Span status = new Span(getTranslation("kpi.tree.status." + line.status().name()));
        status.setId("tree-status-" + node.name());
        status.addClassNames("status-badge", KpiLabels.statusClass(line.status()));
        Div head = new Div(name, status);
        head.addClassName("target-tree-node-head");
        Span actual = new Span(figure(this, node, line.actual(), shown.currency()));
        actual.addClassName("target-tree-node-value");
        actual.setId("tree-actual-" + node.name());
        Pacing pacing = line.pacing();
        card.add(head, actual,
                fact("kpi.tree.target", figure(this, node, line.target(), shown.currency()), "tree-target-" + node),
                fact("kpi.tree.expected", pacing == null ? DashboardFormat.NONE
                        : figure(this, node, pacing.expected(), shown.currency()), "tree-expected-" + node),
                fact("kpi.tree.forecast", pacing == null ? DashboardFormat.NONE
                        : figure(this, node, pacing.forecast(), shown.currency()), "tree-forecast-" + node),
                fact("kpi.tree.owner", line.ownerName(), "tree-owner-" + node));
        card.setTitle(getTranslation("kpi.tree.method." + node.pacing().name()));
        return card;
    }

    private Component fact(String labelKey, String value, String id) {
        Span text = new Span(value);
        text.setId(id);
        Div fact = new Div(new Span(getTranslation(labelKey)), text);
        fact.addClassName("target-tree-node-fact");
        return fact;
    }

    private Component label(String key) {
        Span label = new Span(getTranslation(key));
        label.addClassName("target-tree-branch-label");
        return label;
    }

    private static Component operator(String symbol) {
        Span operator = new Span(symbol);
        operator.addClassName("target-tree-operator");
        operator.getElement().setAttribute("aria-hidden", "true");
        return operator;
    }

    private Component empty() {
        Div empty = new Div();
        empty.setId("target-tree-empty");
        empty.addClassName("empty-state");
        var icon = VaadinIcon.SITEMAP.create();
        icon.setSize("48px");
        empty.add(icon);
        if (editable) {
            empty.add(new Span(getTranslation("kpi.tree.empty")), new Span(getTranslation("kpi.tree.empty.staff")));
        } else {
            empty.add(new Span(getTranslation("kpi.tree.empty.client")));
        }
        if (editable) {
            Button create = new Button(getTranslation("kpi.tree.create"), click -> edit(null));
            create.setId("target-tree-create");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button copy = new Button(getTranslation("kpi.tree.copy"), VaadinIcon.COPY.create(), click -> copy());
            copy.setId("target-tree-copy");
            empty.add(new HorizontalLayout(create, copy));
        }
        return empty;
    }

    private void edit(@Nullable TargetTree current) {
        new TargetTreeDialog(trees, communityId, period, current, saved -> {
            Notifications.success(getTranslation("kpi.tree.saved"));
            refresh();
        }, this::refresh).open();
    }

    private void copy() {
        try {
            trees.copyPrevious(communityId, period);
            Notifications.success(getTranslation("kpi.tree.copied"));
            refresh();
        } catch (ConcurrentEditException stale) {
            StaleEdit.offerReload(this::refresh);
        } catch (UserFacingException refusal) {
            FormErrors.show(refusal, Map.of());
        }
    }

    private void remove(TargetTree shown) {
        try {
            trees.remove(communityId, period, shown.version());
            Notifications.success(getTranslation("kpi.tree.removed"));
        } catch (ConcurrentEditException stale) {
            StaleEdit.offerReload(this::refresh);
            return;
        } catch (NotFoundException gone) {
            Notifications.success(getTranslation("kpi.tree.removed"));
        }
        refresh();
    }

    /** "First-purchase rate is the lever behind: 4.1% vs 6% expected", or why no lever is named. */
    static String leverSentence(Component owner, TargetTree shown) {
        TreeNode lever = shown.lever();
        if (lever == null) {
            return owner.getTranslation(shown.elapsed() == 0 ? "kpi.tree.lever.notStarted" : "kpi.tree.lever.none");
        }
        TargetTree.Node node = shown.node(lever).orElseThrow();
        Pacing pacing = java.util.Objects.requireNonNull(node.pacing());
        return owner.getTranslation("kpi.tree.lever", owner.getTranslation(lever.nameKey()),
                figure(owner, lever, node.actual(), shown.currency()),
                figure(owner, lever, pacing.expected(), shown.currency()));
    }

    /** A node's figure as the dashboard writes a KPI of the same unit. */
    static String figure(Component owner, TreeNode node, @Nullable BigDecimal value, String currency) {
        Kpi sameUnit = switch (node.unit()) {
            case MONEY -> Kpi.REVENUE;
            case COUNT -> Kpi.MEMBERS_NEW;
            case PERCENT -> Kpi.ACTIVATION_RATE;
            case NUMBER -> Kpi.ENGAGEMENT_PER_ITEM;
        };
        return DashboardFormat.value(owner, sameUnit, value, node.unit() == Kpi.Unit.MONEY ? currency : null);
    }
}
