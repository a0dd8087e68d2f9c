package app.communityops.report;

import app.communityops.kpi.Kpi;
import app.communityops.kpi.KpiPeriod;
import app.communityops.kpi.Pacing;
import app.communityops.kpi.TargetTree;
import app.communityops.kpi.TargetTreeService;
import app.communityops.kpi.TreeNode;
import app.communityops.report.OperationsReport.Block;
import app.communityops.report.OperationsReport.Paragraph;
import app.communityops.report.OperationsReport.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The Manage section's target tree: the goal and its drivers as the Manage page shows them (read from
 * {@link TargetTreeService#tree}, never recomputed), one row per node written as the formula reads (× between the
 * factors of first-purchase revenue, + before repurchase revenue), then the lever behind and whether the drivers'
 * targets add up to the goal's.
 */
@Component
class TargetTreeBlocks {

    private final TargetTreeService trees;

    TargetTreeBlocks(TargetTreeService trees) {
        this.trees = trees;
    }

    /** The tree of the report's period; whether one is set tells the section it has something to show. */
    TargetTree tree(UUID communityId, KpiPeriod period) {
        return trees.tree(communityId, period);
    }

    static List<Block> blocks(TargetTree tree, ReportTexts texts) {
        List<List<String>> rows = new ArrayList<>();
        for (TargetTree.Node node : tree.nodes()) {
            Pacing pacing = node.pacing();
            String status = texts.t("kpi.tree.status." + node.status().name());
            if (node.node() == tree.lever()) {
                status = texts.t("report.manage.tree.lever", status);
            }
            rows.add(List.of(prefix(node.node()) + texts.t(node.node().nameKey()),
                    figure(node.node(), node.target(), tree, texts), figure(node.node(), node.actual(), tree, texts),
                    pacing == null ? "–" : figure(node.node(), pacing.expected(), tree, texts),
                    pacing == null ? "–" : figure(node.node(), pacing.forecast(), tree, texts), node.ownerName(),
                    status));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Table(texts.t("report.manage.tree"), List.of(texts.t("report.manage.tree.node"),
                texts.t("kpi.tree.target"), texts.t("report.manage.tree.actual"), texts.t("kpi.tree.expected"),
                texts.t("kpi.tree.forecast"), texts.t("kpi.tree.owner"), texts.t("kpi.table.status")), rows,
                texts.t("report.manage.tree.none")));
        if (!tree.isSet()) {
            return blocks;
        }
        blocks.add(new Paragraph(lever(tree, texts)));
        blocks.add(new Paragraph(texts.t(tree.disagrees() ? "kpi.tree.implied.disagrees" : "kpi.tree.implied",
                figure(TreeNode.REVENUE, tree.impliedGoal(), tree, texts),
                figure(TreeNode.REVENUE, tree.nodes().getFirst().target(), tree, texts))));
        if (tree.currencyChanged()) {
            blocks.add(new Paragraph(texts.t("kpi.tree.currencyChanged", tree.currency(), tree.communityCurrency())));
        }
        return blocks;
    }

    /** "First-purchase rate is the lever behind: 4.1% vs 6% expected", or why none is named. */
    static String lever(TargetTree tree, ReportTexts texts) {
        TreeNode lever = tree.lever();
        if (lever == null) {
            return texts.t(tree.elapsed() == 0 ? "kpi.tree.lever.notStarted" : "kpi.tree.lever.none");
        }
        TargetTree.Node node = tree.node(lever).orElseThrow();
        Pacing pacing = Objects.requireNonNull(node.pacing());
        return texts.t("kpi.tree.lever", texts.t(lever.nameKey()), figure(lever, node.actual(), tree, texts),
                figure(lever, pacing.expected(), tree, texts));
    }

    private static String prefix(TreeNode node) {
        return switch (node) {
            case REVENUE, NEW_MEMBERS -> "";
            case ACTIVATION_RATE, FIRST_PURCHASE_RATE, FIRST_ORDER_VALUE -> "× ";
            case REPURCHASE_REVENUE -> "+ ";
        };
    }

    /** As the report writes a KPI of the same unit. */
    private static String figure(TreeNode node, @Nullable BigDecimal value, TargetTree tree, ReportTexts texts) {
        Kpi sameUnit = switch (node.unit()) {
            case MONEY -> Kpi.REVENUE;
            case COUNT -> Kpi.MEMBERS_NEW;
            case PERCENT -> Kpi.ACTIVATION_RATE;
            case NUMBER -> Kpi.ENGAGEMENT_PER_ITEM;
        };
        return ManageSection.figure(sameUnit, value, node.unit() == Kpi.Unit.MONEY ? tree.currency() : null, texts);
    }
}
