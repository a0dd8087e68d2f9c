package app.communityops.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A community's target tree for a period as the Manage page and the report show it: each node's target, owner,
 * actual, pacing and status, the goal the driver targets imply, and the lever behind. Arithmetic in
 * docs/decisions/0050-target-tree.md.
 *
 * @param currency    the currency of the money targets (the community's KPI currency when the tree was saved)
 * @param communityCurrency the community's KPI currency now; when it differs, money actuals are not compared
 * @param version     for optimistic locking; -1 when no tree is set for the period
 * @param nodes       in {@link TreeNode}'s order; empty when no tree is set
 * @param impliedGoal new members × activation × first-purchase rate × first-order value + repurchase revenue,
 *                    from the targets
 * @param disagrees   whether the implied goal is more than {@link #DISAGREE_PERCENT} % away from the goal's target
 * @param lever       the driver furthest below where it should be by now, if any is below
 * @param elapsed     the days of the period that have begun (0 before it starts)
 * @param days        the days of the period
 */
public record TargetTree(UUID communityId, KpiPeriod period, String currency, String communityCurrency,
                         long version, List<Node> nodes,
                         @Nullable BigDecimal impliedGoal, boolean disagrees, @Nullable TreeNode lever, long elapsed,
                         long days) {

    /** How far the implied goal may be from the goal's own target before the tree says they disagree. */
    public static final BigDecimal DISAGREE_PERCENT = BigDecimal.valueOf(2);

    /**
     * One node.
     *
     * @param actual  the figure so far (null: nothing to divide by, e.g. no joiners for the activation rate)
     * @param pacing  expected by now and forecast; null before the period starts
     * @param status  the actual against the expected by now, by the tenant's thresholds
     */
    public record Node(TreeNode node, BigDecimal target, UUID ownerId, String ownerName, @Nullable BigDecimal actual,
                       @Nullable Pacing pacing, KpiStatus status) {

        /** Percent of the expected-by-now reached; null without an actual or an expectation. */
        public @Nullable BigDecimal achievement() {
            if (actual == null || pacing == null || pacing.expected().signum() == 0) {
                return null;
            }
            return actual.multiply(BigDecimal.valueOf(100)).divide(pacing.expected(), 4, RoundingMode.HALF_UP);
        }
    }

    public TargetTree {
        nodes = List.copyOf(nodes);
    }

    /** No tree set for the period. */
    public static TargetTree none(UUID communityId, KpiPeriod period, String currency, LocalDate today) {
        return new TargetTree(communityId, period, currency, currency, -1, List.of(), null, false, null,
                elapsed(period, today), period.days());
    }

    /** Whether the community has changed its KPI currency since the tree was saved. */
    public boolean currencyChanged() {
        return !currency.equals(communityCurrency);
    }

    public boolean isSet() {
        return version >= 0;
    }

    public Optional<Node> node(TreeNode node) {
        return nodes.stream().filter(line -> line.node() == node).findFirst();
    }

    /**
     * The tree from its stored targets and owners, the actuals and today.
     *
     * @param targets    each node's target and owner (all present)
     * @param ownerNames display names by user id
     */
    static TargetTree of(UUID communityId, KpiPeriod period, String currency, String communityCurrency, long version,
                         Map<TreeNode, TreeTargets.Target> targets, Map<UUID, String> ownerNames,
                         Map<TreeNode, @Nullable BigDecimal> actuals, LocalDate today, Thresholds thresholds) {
        long elapsed = elapsed(period, today);
        long days = period.days();
        List<Node> nodes = new ArrayList<>();
        for (TreeNode node : TreeNode.values()) {
            TreeTargets.Target set = Objects.requireNonNull(targets.get(node), node.name());
            BigDecimal target = Objects.requireNonNull(set.target(), node.name());
            UUID owner = Objects.requireNonNull(set.owner(), node.name());
            BigDecimal actual = actuals.get(node);
            Pacing pacing = elapsed == 0 ? null : Pacing.of(node.pacing(), target, actual, elapsed, days);
            nodes.add(new Node(node, target, owner, ownerNames.getOrDefault(owner, "–"), actual, pacing,
                    status(actual, pacing, thresholds)));
        }
        BigDecimal implied = implied(targets);
        BigDecimal goal = nodes.getFirst().target();
        return new TargetTree(communityId, period, currency, communityCurrency, version, nodes, implied,
                disagree(implied, goal), lever(nodes), elapsed, days);
    }

    /** First-purchase revenue from its four factors' targets, plus the repurchase revenue target. */
    static BigDecimal implied(Map<TreeNode, TreeTargets.Target> targets) {
        BigDecimal hundred = BigDecimal.valueOf(100);
        BigDecimal first = value(targets, TreeNode.NEW_MEMBERS)
                .multiply(value(targets, TreeNode.ACTIVATION_RATE))
                .multiply(value(targets, TreeNode.FIRST_PURCHASE_RATE))
                .multiply(value(targets, TreeNode.FIRST_ORDER_VALUE))
                .divide(hundred.multiply(hundred), 2, RoundingMode.HALF_UP);
        return first.add(value(targets, TreeNode.REPURCHASE_REVENUE));
    }

    static boolean disagree(BigDecimal implied, BigDecimal goal) {
        BigDecimal allowed = goal.multiply(DISAGREE_PERCENT).divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP);
        return implied.subtract(goal).abs().compareTo(allowed) > 0;
    }

    /**
     * The driver furthest below its expected-by-now, in percent of it; none when every driver is at or above it
     * (or none can be judged yet). On a tie the earlier node in the tree's order wins.
     */
    static @Nullable TreeNode lever(List<Node> nodes) {
        return nodes.stream().filter(node -> node.node() != TreeNode.REVENUE)
                .filter(node -> node.achievement() != null
                        && Objects.requireNonNull(node.achievement()).compareTo(BigDecimal.valueOf(100)) < 0)
                .min(Comparator.comparing(node -> Objects.requireNonNull(node.achievement())))
                .map(Node::node).orElse(null);
    }

    private static KpiStatus status(@Nullable BigDecimal actual, @Nullable Pacing pacing, Thresholds thresholds) {
        if (actual == null || pacing == null) {
            return KpiStatus.NONE;
        }
        // Every node is higher-is-better, as revenue is.
        return thresholds.status(Kpi.REVENUE, actual, pacing.expected());
    }

    private static BigDecimal value(Map<TreeNode, TreeTargets.Target> targets, TreeNode node) {
        TreeTargets.Target set = targets.get(node);
        return Objects.requireNonNull(set == null ? null : set.target(), node.name());
    }

    /** The days of the period begun by today: 0 before it starts, all of them once it has closed. */
    static long elapsed(KpiPeriod period, LocalDate today) {
        if (today.isBefore(period.start())) {
            return 0;
        }
        return ChronoUnit.DAYS.between(period.start(), period.lastUntil(today)) + 1;
    }
}
