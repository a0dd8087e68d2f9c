package app.communityops.kpi;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The nodes of a community's target tree, a fixed structure (docs/decisions/0050-target-tree.md): the core goal,
 * course revenue, is first-purchase revenue (new members × activation rate × first-purchase rate × average
 * first-order value) plus repurchase revenue. Each node says how it is shown, how it moves over a period (its
 * pacing) and which dashboard KPI it is, if any: a node that is a KPI takes the dashboard's very figure.
 */
public enum TreeNode {
    REVENUE(Kpi.Unit.MONEY, Pacing.Method.CUMULATIVE, Kpi.REVENUE),
    NEW_MEMBERS(Kpi.Unit.COUNT, Pacing.Method.CUMULATIVE, Kpi.MEMBERS_NEW),
    ACTIVATION_RATE(Kpi.Unit.PERCENT, Pacing.Method.LEVEL, Kpi.ACTIVATION_RATE),
    FIRST_PURCHASE_RATE(Kpi.Unit.PERCENT, Pacing.Method.LEVEL, Kpi.FIRST_PURCHASE_RATE),
    FIRST_ORDER_VALUE(Kpi.Unit.MONEY, Pacing.Method.LEVEL, null),
    REPURCHASE_REVENUE(Kpi.Unit.MONEY, Pacing.Method.CUMULATIVE, null);

    private final Kpi.Unit unit;
    private final Pacing.Method pacing;
    private final @Nullable Kpi kpi;

    TreeNode(Kpi.Unit unit, Pacing.Method pacing, @Nullable Kpi kpi) {
        this.unit = unit;
        this.pacing = pacing;
        this.kpi = kpi;
    }

    public Kpi.Unit unit() {
        return unit;
    }

    public Pacing.Method pacing() {
        return pacing;
    }

    /** The dashboard KPI this node is, or null for a figure only the tree shows. */
    public @Nullable Kpi kpi() {
        return kpi;
    }

    /** The four factors of first-purchase revenue, in the order they multiply. */
    public static final List<TreeNode> FACTORS = List.of(NEW_MEMBERS, ACTIVATION_RATE, FIRST_PURCHASE_RATE,
            FIRST_ORDER_VALUE);

    /** Every node but the goal: the levers. */
    public static List<TreeNode> drivers() {
        return Arrays.stream(values()).filter(node -> node != REVENUE).toList();
    }

    /** The node's name on the tree, the dialog and the report. */
    public String nameKey() {
        return "kpi.tree.node." + name();
    }

    /** The node's definition: its tooltip. */
    public String definitionKey() {
        return "kpi.tree.def." + name();
    }

    /** The prefix of the node's two columns in kpi_target_tree ({@code <prefix>_target}, {@code <prefix>_owner}). */
    String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}
