package app.communityops.kpi;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What staff set on a target tree: for each node its target (money in {@code currency}, rates in percent) and its
 * owner, a staff user of the community. A node left out or without a value is refused by the service, naming it.
 */
public record TreeTargets(String currency, Map<TreeNode, Target> nodes) {

    /** One node's target and the staff user answerable for it. */
    public record Target(@Nullable BigDecimal target, @Nullable UUID owner) {
    }

    public TreeTargets {
        EnumMap<TreeNode, Target> copy = new EnumMap<>(TreeNode.class);
        copy.putAll(nodes);
        nodes = copy;
    }

    public @Nullable Target get(TreeNode node) {
        return nodes.get(node);
    }
}
