package app.communityops.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.security.AccountSummary;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The target tree with real PostgreSQL: staff set it per period with owners among the community's staff, its
 * actuals are the dashboard's own figures, the first orders split the revenue, clients only read, another
 * community's operator and another tenant find nothing.
 */
@IntegrationTest
class TargetTreeServiceTest {

    @Autowired TestTenants tenants;
    @Autowired KpiTestData data;
    @Autowired TargetTreeService trees;
    @Autowired KpiService kpis;
    @Autowired CanvasService canvases;

    Fixture a;
    Fixture b;
    KpiPeriod month;

    @BeforeEach
    void setUp() {
        a = tenants.create();
        b = tenants.create();
        month = KpiPeriod.of(PeriodKind.MONTH, SignedIn.as(a.operator(), kpis::today));
    }

    private TreeTargets targets(String goal, UUID owner) {
        Map<TreeNode, TreeTargets.Target> nodes = new EnumMap<>(TreeNode.class);
        nodes.put(TreeNode.REVENUE, new TreeTargets.Target(new BigDecimal(goal), owner));
        nodes.put(TreeNode.NEW_MEMBERS, new TreeTargets.Target(new BigDecimal("100"), owner));
        nodes.put(TreeNode.ACTIVATION_RATE, new TreeTargets.Target(new BigDecimal("60"), owner));
        nodes.put(TreeNode.FIRST_PURCHASE_RATE, new TreeTargets.Target(new BigDecimal("10"), owner));
        nodes.put(TreeNode.FIRST_ORDER_VALUE, new TreeTargets.Target(new BigDecimal("500"), owner));
        nodes.put(TreeNode.REPURCHASE_REVENUE, new TreeTargets.Target(new BigDecimal("1000"), owner));
        return new TreeTargets("CNY", nodes);
    }

    private TreeTargets with(TreeTargets targets, TreeNode node, String target, UUID owner) {
        Map<TreeNode, TreeTargets.Target> nodes = new EnumMap<>(targets.nodes());
        nodes.put(node, new TreeTargets.Target(target == null ? null : new BigDecimal(target), owner));
        return new TreeTargets(targets.currency(), nodes);
    }

    @Test
    void staffSetTheTreeAsAWholeWithOwnersAndOptimisticLocking() {
        assertThat(SignedIn.as(a.operator(), () -> trees.tree(a.communityId(), month)).isSet()).isFalse();
        assertThat(SignedIn.as(a.operator(), () -> trees.owners(a.communityId()))).extracting(AccountSummary::id)
                .containsExactlyInAnyOrder(a.admin().userId(), a.operator().userId());
        TreeTargets targets = with(targets("4000", a.operator().userId()), TreeNode.REVENUE, "4000",
                a.admin().userId());
        TargetTree saved = SignedIn.as(a.operator(), () -> trees.save(a.communityId(), month, targets, -1));
        assertThat(saved.isSet()).isTrue();
        assertThat(saved.version()).isZero();
        assertThat(saved.node(TreeNode.REVENUE).orElseThrow().ownerId()).isEqualTo(a.admin().userId());
        assertThat(saved.node(TreeNode.NEW_MEMBERS).orElseThrow().ownerId()).isEqualTo(a.operator().userId());
        assertThat(saved.nodes()).allSatisfy(node -> assertThat(node.ownerName()).isNotBlank().isNotEqualTo("–"));
        assertThat(saved.impliedGoal()).isEqualByComparingTo("4000");
        assertThat(saved.disagrees()).isFalse();

        TargetTree changed = SignedIn.as(a.admin(), () -> trees.save(a.communityId(), month,
                with(targets, TreeNode.REVENUE, "6000", a.admin().userId()), saved.version()));
        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.disagrees()).as("drivers imply 4,000 against a goal of 6,000").isTrue();
        assertThatThrownBy(() -> SignedIn.as(a.operator(), () -> trees.save(a.communityId(), month, targets,
                saved.version()))).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> SignedIn.as(a.operator(), () -> trees.save(a.communityId(), month, targets, -1)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(SignedIn.as(a.operator(), () -> trees.tree(a.communityId(), month.next())).isSet()).isFalse();

        assertThatThrownBy(() -> SignedIn.as(a.operator(), () -> {
            trees.remove(a.communityId(), month, saved.version());
            return null;
        })).isInstanceOf(ConcurrentEditException.class);
        SignedIn.run(a.operator(), () -> trees.remove(a.communityId(), month, changed.version()));
        assertThat(SignedIn.as(a.clientUser(), () -> trees.tree(a.communityId(), month)).isSet()).isFalse();
    }

    @Test
    void eachRefusalNamesItsField() {
        UUID owner = a.operator().userId();
        TreeTargets valid = targets("4000", owner);
        assertRefused(with(valid, TreeNode.REVENUE, "0", owner), "REVENUE.target", "kpi.tree.error.target");
        assertRefused(with(valid, TreeNode.FIRST_ORDER_VALUE, "-5", owner), "FIRST_ORDER_VALUE.target",
                "kpi.tree.error.target");
        assertRefused(with(valid, TreeNode.REPURCHASE_REVENUE, null, owner), "REPURCHASE_REVENUE.target",
                "kpi.tree.error.target");
        assertRefused(with(valid, TreeNode.ACTIVATION_RATE, "100.5", owner), "ACTIVATION_RATE.target",
                "kpi.tree.error.rate");
        assertRefused(with(valid, TreeNode.NEW_MEMBERS, "10.5", owner), "NEW_MEMBERS.target", "kpi.tree.error.count");
        assertRefused(with(valid, TreeNode.FIRST_PURCHASE_RATE, "10", a.otherOperator().userId()),
                "FIRST_PURCHASE_RATE.owner", "kpi.tree.error.owner");
        assertRefused(with(valid, TreeNode.REVENUE, "4000", a.clientUser().userId()), "REVENUE.owner",
                "kpi.tree.error.owner");
        assertRefused(new TreeTargets("USD", valid.nodes()), "currency", "kpi.tree.error.currency");
        assertThat(SignedIn.as(a.operator(), () -> trees.save(a.communityId(), month,
                with(valid, TreeNode.ACTIVATION_RATE, "100", owner), -1)).isSet()).isTrue();
    }

    private void assertRefused(TreeTargets targets, String field, String key) {
        assertThatThrownBy(() -> SignedIn.as(a.operator(), () -> trees.save(a.communityId(), month, targets, -1)))
                .isInstanceOfSatisfying(UserFacingException.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo(field);
                    assertThat(refusal.messageKey()).isEqualTo(key);
                });
    }

    @Test
    void theActualsAreTheDashboardsFiguresAndTheFirstOrdersSplitTheRevenue() {
        Instant now = Instant.now().minusSeconds(60);
        Instant before = month.start().minusDays(10).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        UUID offer = data.offer(a, a.communityId(), "CNY");
        UUID[] old = data.member(a, a.communityId(), "old");
        data.history(a, a.communityId(), old[1], "JOINED", before.minus(5, ChronoUnit.DAYS));
        UUID[] second = data.member(a, a.communityId(), "second");
        data.history(a, a.communityId(), second[1], "JOINED", now);
        UUID[] third = data.member(a, a.communityId(), "third");
        data.history(a, a.communityId(), third[1], "JOINED", now);
        data.order(a, a.communityId(), offer, old[0], "100", "0", "CNY", before);
        data.order(a, a.communityId(), offer, old[0], "50", "0", "CNY", now);
        data.order(a, a.communityId(), offer, second[0], "200", "0", "CNY", now);
        data.order(a, a.communityId(), offer, third[0], "300", "0", "CNY", now.minusSeconds(30));
        data.order(a, a.communityId(), offer, third[0], "40", "0", "CNY", now);
        // Refunded in full: no purchase at all; in another currency: not in the CNY figures.
        data.order(a, a.communityId(), offer, second[0], "999", "999", "CNY", now.minusSeconds(40));
        data.order(a, a.communityId(), offer, old[0], "70", "0", "USD", now);
        SignedIn.run(a.operator(), () -> trees.save(a.communityId(), month, targets("4000", a.operator().userId()),
                -1));

        TargetTree tree = SignedIn.as(a.clientUser(), () -> trees.tree(a.communityId(), month));
        KpiBoard board = SignedIn.as(a.operator(), () -> kpis.board(a.communityId(), month));
        for (TreeNode node : TreeNode.values()) {
            if (node.kpi() != null) {
                BigDecimal dashboard = board.values().stream().filter(value -> value.kpi() == node.kpi())
                        .findFirst().orElseThrow().value();
                assertThat(tree.node(node).orElseThrow().actual()).as("%s as on the dashboard", node)
                        .isEqualByComparingTo(dashboard);
            }
        }
        assertThat(tree.node(TreeNode.REVENUE).orElseThrow().actual()).isEqualByComparingTo("590");
        assertThat(tree.node(TreeNode.NEW_MEMBERS).orElseThrow().actual()).isEqualByComparingTo("2");
        assertThat(tree.node(TreeNode.FIRST_ORDER_VALUE).orElseThrow().actual()).as("(200 + 300) / 2")
                .isEqualByComparingTo("250");
        assertThat(tree.node(TreeNode.REPURCHASE_REVENUE).orElseThrow().actual()).as("590 - 500")
                .isEqualByComparingTo("90");
        assertThat(tree.node(TreeNode.NEW_MEMBERS).orElseThrow().pacing()).isNotNull();
        assertThat(tree.elapsed()).isEqualTo(month.lastUntil(SignedIn.as(a.operator(), kpis::today)).getDayOfMonth());
    }

    @Test
    void aTreeSetInAnotherCurrencyThanTheCommunitysNowComparesNoMoney() {
        UUID offer = data.offer(a, a.communityId(), "CNY");
        UUID[] member = data.member(a, a.communityId(), "buyer");
        data.order(a, a.communityId(), offer, member[0], "100", "0", "CNY", Instant.now().minusSeconds(60));
        SignedIn.run(a.operator(), () -> trees.save(a.communityId(), month, targets("4000", a.operator().userId()),
                -1));
        CanvasForm form = CanvasForm.of(SignedIn.as(a.operator(), () -> canvases.find(a.communityId())));
        form.setCurrency("USD");
        SignedIn.run(a.operator(), () -> canvases.save(a.communityId(), -1, form));

        TargetTree tree = SignedIn.as(a.operator(), () -> trees.tree(a.communityId(), month));
        assertThat(tree.currencyChanged()).isTrue();
        assertThat(tree.currency()).isEqualTo("CNY");
        assertThat(tree.communityCurrency()).isEqualTo("USD");
        for (TreeNode money : java.util.List.of(TreeNode.REVENUE, TreeNode.FIRST_ORDER_VALUE,
                TreeNode.REPURCHASE_REVENUE)) {
            assertThat(tree.node(money).orElseThrow().actual()).as("%s not compared across currencies", money)
                    .isNull();
            assertThat(tree.node(money).orElseThrow().status()).isEqualTo(KpiStatus.NONE);
        }
        assertThat(tree.node(TreeNode.NEW_MEMBERS).orElseThrow().actual()).isNotNull();
        assertThatThrownBy(() -> SignedIn.as(a.operator(), () -> trees.save(a.communityId(), month,
                targets("4000", a.operator().userId()), tree.version())))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.field()).isEqualTo("currency"));
    }

    @Test
    void lastPeriodsTreeIsCopiedIntoAnEmptyPeriodOnly() {
        assertThatThrownBy(() -> SignedIn.as(a.operator(), () -> trees.copyPrevious(a.communityId(), month)))
                .hasMessageContaining("kpi.tree.error.noPrevious");
        SignedIn.run(a.operator(), () -> trees.save(a.communityId(), month.previous(),
                targets("4000", a.operator().userId()), -1));
        TargetTree copied = SignedIn.as(a.admin(), () -> trees.copyPrevious(a.communityId(), month));
        assertThat(copied.node(TreeNode.FIRST_ORDER_VALUE).orElseThrow().target()).isEqualByComparingTo("500");
        assertThat(copied.node(TreeNode.FIRST_ORDER_VALUE).orElseThrow().ownerId()).isEqualTo(a.operator().userId());
        assertThatThrownBy(() -> SignedIn.as(a.operator(), () -> trees.copyPrevious(a.communityId(), month)))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void clientsOnlyReadAndAnotherCommunitysOperatorAndAnotherTenantFindNothing() {
        TreeTargets targets = targets("4000", a.operator().userId());
        SignedIn.run(a.operator(), () -> trees.save(a.communityId(), month, targets, -1));
        SignedIn.run(a.clientUser(), () -> {
            assertThat(trees.tree(a.communityId(), month).isSet()).isTrue();
            assertThatThrownBy(() -> trees.save(a.communityId(), month, targets, 0))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> trees.copyPrevious(a.communityId(), month.next()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> trees.remove(a.communityId(), month, 0))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> trees.owners(a.communityId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> trees.tree(a.otherClientCommunityId(), month))
                    .isInstanceOf(NotFoundException.class);
        });
        SignedIn.run(a.otherOperator(), () -> {
            assertThatThrownBy(() -> trees.tree(a.communityId(), month)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> trees.save(a.communityId(), month, targets, 0))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> trees.remove(a.communityId(), month, 0)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> trees.owners(a.communityId())).isInstanceOf(NotFoundException.class);
        });
        SignedIn.run(b.admin(), () -> {
            assertThatThrownBy(() -> trees.tree(a.communityId(), month)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> trees.save(a.communityId(), month, targets, 0))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> trees.copyPrevious(a.communityId(), month.next()))
                    .isInstanceOf(NotFoundException.class);
        });
        assertThat(data.column(a, "select count(*) from kpi_target_tree", Long.class)).containsExactly(1L);
        assertThat(data.column(b, "select count(*) from kpi_target_tree", Long.class)).containsExactly(0L);
        assertThat(data.sql(b, "update kpi_target_tree set version = version + 1")).isZero();
        assertThat(data.sql(b, "delete from kpi_target_tree")).isZero();
        assertThatThrownBy(() -> data.sql(b, """
                insert into kpi_target_tree (tenant_id, community_id, period_kind, period_start, currency,
                    revenue_target, revenue_owner, new_members_target, new_members_owner, activation_rate_target,
                    activation_rate_owner, first_purchase_rate_target, first_purchase_rate_owner,
                    first_order_value_target, first_order_value_owner, repurchase_revenue_target,
                    repurchase_revenue_owner, created_at, updated_at, version)
                values (?, ?, 'MONTH', date '2026-01-01', 'CNY', 1, ?, 1, ?, 1, ?, 1, ?, 1, ?, 1, ?, now(), now(), 0)""",
                a.tenantId(), a.communityId(), a.admin().userId(), a.admin().userId(), a.admin().userId(),
                a.admin().userId(), a.admin().userId(), a.admin().userId())).isInstanceOf(Exception.class);
    }
}
