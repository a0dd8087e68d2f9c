package app.communityops.kpi;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The target trees (kpi_target_tree, one row per community and period, a target and an owner column per node) and
 * the one figure of the tree the dashboards do not compute: the period's first orders. Runs in the caller's
 * transaction; the service has checked access.
 */
@Component
class TargetTreeQueries {

    /** A stored tree: its currency, version and each node's target and owner. */
    record Stored(String currency, long version, Map<TreeNode, TreeTargets.Target> nodes) {
    }

    /** The paid first orders of members in a window, in one currency: how many, and their net amount. */
    record FirstOrders(long orders, BigDecimal revenue) {
    }

    private static final String COLUMNS = Arrays.stream(TreeNode.values())
            .map(node -> node.column() + "_target, " + node.column() + "_owner").collect(Collectors.joining(", "));
    private static final String VALUES = Arrays.stream(TreeNode.values())
            .map(node -> ":" + node.column() + "_target, :" + node.column() + "_owner")
            .collect(Collectors.joining(", "));
    private static final String ASSIGNMENTS = Arrays.stream(TreeNode.values())
            .map(node -> node.column() + "_target = :" + node.column() + "_target, " + node.column() + "_owner = :"
                    + node.column() + "_owner")
            .collect(Collectors.joining(", "));
    private static final String THIS_TREE = """
            community_id = :community and period_kind = :kind and period_start = :start""";

    private final JdbcClient jdbc;

    TargetTreeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find(UUID community, KpiPeriod period) {
        return jdbc.sql("select currency, version, " + COLUMNS + " from kpi_target_tree where " + THIS_TREE)
                .params(key(community, period)).query(TargetTreeQueries::stored).optional();
    }

    /** Inserts the period's tree; false when one is already there (someone else saved it meanwhile). */
    boolean insert(UUID community, KpiPeriod period, TreeTargets targets, Instant now) {
        return jdbc.sql("insert into kpi_target_tree (tenant_id, community_id, period_kind, period_start, currency, "
                        + COLUMNS + ", created_at, updated_at, version) values (current_tenant_id(), :community, "
                        + ":kind, :start, :currency, " + VALUES + ", :now, :now, 0) on conflict do nothing")
                .params(key(community, period)).params(values(targets)).param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** Replaces the tree's targets and owners; false when its version is no longer {@code expectedVersion}. */
    boolean update(UUID community, KpiPeriod period, TreeTargets targets, long expectedVersion, Instant now) {
        return jdbc.sql("update kpi_target_tree set currency = :currency, " + ASSIGNMENTS
                        + ", updated_at = :now, version = version + 1 where " + THIS_TREE
                        + " and version = :expected")
                .params(key(community, period)).params(values(targets)).param("now", Timestamp.from(now))
                .param("expected", expectedVersion).update() == 1;
    }

    boolean delete(UUID community, KpiPeriod period, long expectedVersion) {
        return jdbc.sql("delete from kpi_target_tree where " + THIS_TREE + " and version = :expected")
                .params(key(community, period)).param("expected", expectedVersion).update() == 1;
    }

    /**
     * Orders paid in the window that are their member's first paid order in the community (an order refunded in
     * full is not a purchase, as in the money figures), counted in {@code currency} only, with their net amount.
     * The rest of the window's revenue in that currency is repurchase revenue.
     */
    FirstOrders firstOrders(UUID community, Window window, String currency) {
        return jdbc.sql("""
                        select count(*), coalesce(sum(o.amount - o.refunded), 0) from money_order o
                        where o.community_id = :community and o.paid_at >= :start and o.paid_at < :end
                          and o.refunded < o.amount and o.currency = :currency
                          and not exists (
                              select 1 from money_order p
                              where p.member_id = o.member_id and p.community_id = o.community_id
                                and p.refunded < p.amount
                                and (p.paid_at < o.paid_at or (p.paid_at = o.paid_at and p.id < o.id)))""")
                .param("community", community).param("start", window.start()).param("end", window.end())
                .param("currency", currency)
                .query((rs, row) -> new FirstOrders(rs.getLong(1), rs.getBigDecimal(2))).single();
    }

    private static Map<String, Object> key(UUID community, KpiPeriod period) {
        return Map.of("community", community, "kind", period.kind().name(), "start", Date.valueOf(period.start()));
    }

    private static Map<String, @Nullable Object> values(TreeTargets targets) {
        Map<String, @Nullable Object> values = new HashMap<>();
        values.put("currency", targets.currency());
        for (TreeNode node : TreeNode.values()) {
            TreeTargets.Target set = targets.get(node);
            values.put(node.column() + "_target", set == null ? null : set.target());
            values.put(node.column() + "_owner", set == null ? null : set.owner());
        }
        return values;
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        Map<TreeNode, TreeTargets.Target> nodes = new EnumMap<>(TreeNode.class);
        for (TreeNode node : TreeNode.values()) {
            nodes.put(node, new TreeTargets.Target(rs.getBigDecimal(node.column() + "_target"),
                    rs.getObject(node.column() + "_owner", UUID.class)));
        }
        return new Stored(rs.getString("currency"), rs.getLong("version"), nodes);
    }
}
