package app.communityops.kpi;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.security.AccountRole;
import app.communityops.security.AccountService;
import app.communityops.security.AccountSummary;
import app.communityops.shared.Access;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import app.communityops.tenancy.TenantZone;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's target tree per month or quarter (docs/decisions/0050-target-tree.md): the goal and its drivers,
 * each with a target, an owner, the actual and the pacing. Everyone who reads the community reads its tree; tenant
 * admins and the community's operators set it, as they set its KPI targets; the report's jobs read it. The actuals that are dashboard KPIs come
 * from the same calculator as the dashboard, so the tree and the dashboard never show two figures for one thing.
 */
@Service
@PreAuthorize(Access.READERS_OR_JOB)
public class TargetTreeService {

    private static final EnumSet<Kpi> KPIS = EnumSet.of(Kpi.REVENUE, Kpi.MEMBERS_NEW, Kpi.ACTIVATION_RATE,
            Kpi.FIRST_PURCHASE_RATE);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final CommunityService communities;
    private final AccountService accounts;
    private final KpiCalculator calculator;
    private final TargetTreeQueries trees;
    private final TargetStatuses statuses;
    private final TenantZone zones;
    private final Clock clock;

    TargetTreeService(CommunityService communities, AccountService accounts, KpiCalculator calculator,
                      TargetTreeQueries trees, TargetStatuses statuses, TenantZone zones, Clock clock) {
        this.communities = communities;
        this.accounts = accounts;
        this.calculator = calculator;
        this.trees = trees;
        this.statuses = statuses;
        this.zones = zones;
        this.clock = clock;
    }

    /** The period's tree with actuals and pacing, or {@link TargetTree#none} when none is set. */
    @Transactional(readOnly = true)
    public TargetTree tree(UUID communityId, KpiPeriod period) {
        communities.readable(communityId);
        return read(communityId, period);
    }

    /**
     * Sets the period's tree as a whole; {@code expectedVersion} is -1 for a period that had none. Each refusal names
     * the field: {@code <NODE>.target}, {@code <NODE>.owner} or {@code currency}.
     */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public TargetTree save(UUID communityId, KpiPeriod period, TreeTargets targets, long expectedVersion) {
        CommunitySummary community = communities.writable(communityId);
        validate(community, targets);
        boolean saved = expectedVersion < 0 ? trees.insert(communityId, period, targets, clock.instant())
                : trees.update(communityId, period, targets, expectedVersion, clock.instant());
        if (!saved) {
            throw new ConcurrentEditException();
        }
        return read(communityId, period);
    }

    /** Sets the period's tree to the previous period's targets and owners (a period without a tree only). */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public TargetTree copyPrevious(UUID communityId, KpiPeriod period) {
        CommunitySummary community = communities.writable(communityId);
        TargetTreeQueries.Stored previous = trees.find(communityId, period.previous())
                .orElseThrow(() -> new UserFacingException("kpi.tree.error.noPrevious", null));
        TreeTargets targets = new TreeTargets(previous.currency(), previous.nodes());
        try {
            validate(community, targets);
        } catch (UserFacingException stale) {
            throw new UserFacingException("kpi.tree.error.previousStale", null);
        }
        if (!trees.insert(communityId, period, targets, clock.instant())) {
            throw new ConcurrentEditException();
        }
        return read(communityId, period);
    }

    /** Removes the period's tree. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void remove(UUID communityId, KpiPeriod period, long expectedVersion) {
        communities.writable(communityId);
        if (!trees.delete(communityId, period, expectedVersion)) {
            throw trees.find(communityId, period).isPresent() ? new ConcurrentEditException()
                    : new NotFoundException();
        }
    }

    /** Who may own a node: the community's enabled operators and the tenant's enabled admins, by name. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public List<AccountSummary> owners(UUID communityId) {
        CommunitySummary community = communities.writable(communityId);
        return owners(community);
    }

    /** The community's KPI currency, the one money targets are set in. */
    @Transactional(readOnly = true)
    public String currency(UUID communityId) {
        communities.readable(communityId);
        return calculator.currency(communityId);
    }

    private List<AccountSummary> owners(CommunitySummary community) {
        List<AccountSummary> owners = new ArrayList<>(accounts.admins());
        accounts.find(community.operatorIds()).stream()
                .filter(account -> account.enabled() && account.role() == AccountRole.OPERATOR)
                .forEach(owners::add);
        owners.sort(Comparator.comparing(account -> account.displayName().toLowerCase(java.util.Locale.ROOT)));
        return owners;
    }

    private void validate(CommunitySummary community, TreeTargets targets) {
        String currency = calculator.currency(community.id());
        if (!currency.equals(targets.currency())) {
            throw new UserFacingException("kpi.tree.error.currency", "currency", currency);
        }
        Set<UUID> owners = new HashSet<>();
        owners(community).forEach(account -> owners.add(account.id()));
        for (TreeNode node : TreeNode.values()) {
            TreeTargets.Target set = targets.get(node);
            BigDecimal target = set == null ? null : set.target();
            if (set == null || target == null || target.signum() <= 0 || target.scale() > 2
                    || target.precision() - target.scale() > 14) {
                throw new UserFacingException("kpi.tree.error.target", node.name() + ".target");
            }
            if (node.unit() == Kpi.Unit.PERCENT && target.compareTo(HUNDRED) > 0) {
                throw new UserFacingException("kpi.tree.error.rate", node.name() + ".target");
            }
            if (node.unit() == Kpi.Unit.COUNT && target.stripTrailingZeros().scale() > 0) {
                throw new UserFacingException("kpi.tree.error.count", node.name() + ".target");
            }
            if (set == null || set.owner() == null || !owners.contains(set.owner())) {
                throw new UserFacingException("kpi.tree.error.owner", node.name() + ".owner");
            }
        }
    }

    private TargetTree read(UUID communityId, KpiPeriod period) {
        ZoneId zone = zones.current();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        String currency = calculator.currency(communityId);
        TargetTreeQueries.Stored stored = trees.find(communityId, period).orElse(null);
        if (stored == null) {
            return TargetTree.none(communityId, period, currency, today);
        }
        Map<UUID, String> names = new HashMap<>();
        Set<UUID> ownerIds = new HashSet<>();
        stored.nodes().values().forEach(target -> ownerIds.add(target.owner()));
        accounts.find(ownerIds).forEach(account -> names.put(account.id(), account.displayName()));
        return TargetTree.of(communityId, period, stored.currency(), currency, stored.version(), stored.nodes(), names,
                actuals(communityId, period, today, zone, stored.currency().equals(currency) ? currency : null),
                today, statuses.thresholds());
    }

    /**
     * The nodes' figures so far: the dashboard's KPIs from its calculator, and the first orders for the average
     * first-order value and the repurchase revenue (the revenue less the first orders'). Money figures only when
     * the tree counts in the community's currency ({@code currency} non-null).
     */
    private Map<TreeNode, @Nullable BigDecimal> actuals(UUID communityId, KpiPeriod period, LocalDate today,
                                                        ZoneId zone, @Nullable String currency) {
        Map<TreeNode, @Nullable BigDecimal> actuals = new EnumMap<>(TreeNode.class);
        if (period.start().isAfter(today)) {
            return actuals;
        }
        Map<Kpi, @Nullable BigDecimal> kpis = calculator.compute(communityId, period, today, zone, KPIS, true);
        for (TreeNode node : TreeNode.values()) {
            Kpi kpi = node.kpi();
            if (kpi != null && (node.unit() != Kpi.Unit.MONEY || currency != null)) {
                actuals.put(node, kpis.get(kpi));
            }
        }
        BigDecimal revenue = kpis.get(Kpi.REVENUE);
        if (currency != null && revenue != null) {
            TargetTreeQueries.FirstOrders first = trees.firstOrders(communityId,
                    new Window(period.start(), period.lastUntil(today), zone), currency);
            actuals.put(TreeNode.FIRST_ORDER_VALUE, first.orders() == 0 ? null
                    : first.revenue().divide(BigDecimal.valueOf(first.orders()), 2, java.math.RoundingMode.HALF_UP));
            actuals.put(TreeNode.REPURCHASE_REVENUE, revenue.subtract(first.revenue()));
        }
        return actuals;
    }
}
