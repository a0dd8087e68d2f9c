package app.communityops.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The tree's arithmetic: pacing per node, the implied goal and its disagreement, and the lever behind. */
class TargetTreeTest {

    private static final UUID OWNER = UUID.randomUUID();
    private static final KpiPeriod JUNE = KpiPeriod.of(PeriodKind.MONTH, LocalDate.of(2026, 6, 1));
    /** Day 10 of 30. */
    private static final LocalDate TENTH = LocalDate.of(2026, 6, 10);

    /** 100 new members × 60 % × 10 % × 500 = 3,000, plus 1,000 of repurchases: 4,000. */
    private static Map<TreeNode, TreeTargets.Target> targets(String goal) {
        Map<TreeNode, TreeTargets.Target> targets = new EnumMap<>(TreeNode.class);
        targets.put(TreeNode.REVENUE, target(goal));
        targets.put(TreeNode.NEW_MEMBERS, target("100"));
        targets.put(TreeNode.ACTIVATION_RATE, target("60"));
        targets.put(TreeNode.FIRST_PURCHASE_RATE, target("10"));
        targets.put(TreeNode.FIRST_ORDER_VALUE, target("500"));
        targets.put(TreeNode.REPURCHASE_REVENUE, target("1000"));
        return targets;
    }

    private static TreeTargets.Target target(String value) {
        return new TreeTargets.Target(new BigDecimal(value), OWNER);
    }

    private static TargetTree tree(String goal, Map<TreeNode, @Nullable BigDecimal> actuals, LocalDate today) {
        return TargetTree.of(UUID.randomUUID(), JUNE, "CNY", "CNY", 3, targets(goal), Map.of(OWNER, "Olivia"), actuals,
                today, Thresholds.DEFAULT);
    }

    private static Map<TreeNode, @Nullable BigDecimal> actuals(String revenue, String members, String activation,
                                                               String firstPurchase, String orderValue,
                                                               String repurchase) {
        Map<TreeNode, @Nullable BigDecimal> actuals = new EnumMap<>(TreeNode.class);
        actuals.put(TreeNode.REVENUE, new BigDecimal(revenue));
        actuals.put(TreeNode.NEW_MEMBERS, new BigDecimal(members));
        actuals.put(TreeNode.ACTIVATION_RATE, new BigDecimal(activation));
        actuals.put(TreeNode.FIRST_PURCHASE_RATE, new BigDecimal(firstPurchase));
        actuals.put(TreeNode.FIRST_ORDER_VALUE, new BigDecimal(orderValue));
        actuals.put(TreeNode.REPURCHASE_REVENUE, new BigDecimal(repurchase));
        return actuals;
    }

    @Test
    void theDriversImplyTheirProductPlusRepurchasesAndDisagreeBeyondTwoPercent() {
        assertThat(TargetTree.implied(targets("4000"))).isEqualByComparingTo("4000");
        assertThat(tree("4000", Map.of(), TENTH).disagrees()).isFalse();
        assertThat(tree("4080", Map.of(), TENTH).disagrees()).as("2 % apart is still in line").isFalse();
        assertThat(tree("4100", Map.of(), TENTH).disagrees()).isTrue();
        assertThat(tree("3900", Map.of(), TENTH).disagrees()).isTrue();
    }

    @Test
    void cumulativeNodesAreExpectedPartWayAndLevelNodesAtTheirTarget() {
        TargetTree tree = tree("4000", actuals("1200", "30", "55", "10", "520", "400"), TENTH);
        assertThat(tree.elapsed()).isEqualTo(10);
        assertThat(tree.days()).isEqualTo(30);
        TargetTree.Node members = tree.node(TreeNode.NEW_MEMBERS).orElseThrow();
        assertThat(members.pacing().method()).isEqualTo(Pacing.Method.CUMULATIVE);
        assertThat(members.pacing().expected()).isEqualByComparingTo("33.33");
        assertThat(members.pacing().forecast()).isEqualByComparingTo("90");
        assertThat(members.ownerName()).isEqualTo("Olivia");
        TargetTree.Node activation = tree.node(TreeNode.ACTIVATION_RATE).orElseThrow();
        assertThat(activation.pacing().method()).isEqualTo(Pacing.Method.LEVEL);
        assertThat(activation.pacing().expected()).isEqualByComparingTo("60");
        assertThat(activation.pacing().forecast()).isEqualByComparingTo("55");
        assertThat(tree.node(TreeNode.REVENUE).orElseThrow().pacing().expected()).isEqualByComparingTo("1333.33");
    }

    @Test
    void theLeverIsTheDriverFurthestBelowItsExpectedByNowAndTheStatusFollowsTheThresholds() {
        // New members 30 of 33.33 expected (90 %), activation 55 of 60 (91.7 %), first-purchase rate 4.1 of 10
        // (41 %), order value 520 of 500, repurchases 400 of 333.33.
        TargetTree tree = tree("4000", actuals("1200", "30", "55", "4.1", "520", "400"), TENTH);
        assertThat(tree.lever()).isEqualTo(TreeNode.FIRST_PURCHASE_RATE);
        assertThat(tree.node(TreeNode.FIRST_PURCHASE_RATE).orElseThrow().status()).isEqualTo(KpiStatus.RED);
        assertThat(tree.node(TreeNode.ACTIVATION_RATE).orElseThrow().status()).isEqualTo(KpiStatus.AMBER);
        assertThat(tree.node(TreeNode.FIRST_ORDER_VALUE).orElseThrow().status()).isEqualTo(KpiStatus.GREEN);
        assertThat(tree.node(TreeNode.REPURCHASE_REVENUE).orElseThrow().status()).isEqualTo(KpiStatus.GREEN);
    }

    @Test
    void theGoalIsNeverTheLeverAndNoLeverIsNamedWhenEveryDriverIsOnPace() {
        TargetTree onPace = tree("4000", actuals("10", "40", "60", "10", "500", "400"), TENTH);
        assertThat(onPace.node(TreeNode.REVENUE).orElseThrow().status()).isEqualTo(KpiStatus.RED);
        assertThat(onPace.lever()).isNull();
    }

    @Test
    void aDriverWithoutAFigureIsNotJudgedAndNothingIsJudgedBeforeThePeriodBegins() {
        Map<TreeNode, @Nullable BigDecimal> actuals = actuals("1200", "40", "60", "10", "500", "400");
        actuals.put(TreeNode.ACTIVATION_RATE, null);
        TargetTree tree = tree("4000", actuals, TENTH);
        assertThat(tree.node(TreeNode.ACTIVATION_RATE).orElseThrow().status()).isEqualTo(KpiStatus.NONE);
        assertThat(tree.lever()).isNull();
        TargetTree early = tree("4000", Map.of(), LocalDate.of(2026, 5, 20));
        assertThat(early.elapsed()).isZero();
        assertThat(early.nodes()).allSatisfy(node -> {
            assertThat(node.pacing()).isNull();
            assertThat(node.status()).isEqualTo(KpiStatus.NONE);
        });
    }

    @Test
    void aClosedPeriodIsJudgedAgainstTheWholeTarget() {
        TargetTree closed = tree("4000", actuals("3000", "90", "60", "10", "500", "900"), LocalDate.of(2026, 7, 3));
        assertThat(closed.elapsed()).isEqualTo(30);
        assertThat(closed.node(TreeNode.NEW_MEMBERS).orElseThrow().pacing().expected()).isEqualByComparingTo("100");
        assertThat(closed.lever()).isEqualTo(TreeNode.NEW_MEMBERS);
    }

    @Test
    void onATieTheEarlierDriverIsTheLever() {
        // Day 15 of 30: new members 45 of 50 (90 %) and activation 54 of 60 (90 %).
        TargetTree tree = tree("4000", actuals("2000", "45", "54", "10", "500", "500"), LocalDate.of(2026, 6, 15));
        assertThat(tree.lever()).isEqualTo(TreeNode.NEW_MEMBERS);
    }
}
