package app.communityops.tool;

import app.communityops.shared.Access;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.security.AccountRole;
import app.communityops.security.AccountService;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.NotNull;
import app.communityops.shared.Roles;
import app.communityops.shared.UserFacingException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tool inventory. Tenant admins keep it; operators read it, seeing only the communities assigned to them (in
 * usages and in per-community totals); client users see a community's tools through {@link #forCommunity}.
 * Cancelled tools and tools without a price are left out of cost totals; totals are per currency.
 */
@Service
public class ToolService {

    /** Monthly cost of every priced, not cancelled tool: a yearly price counts one twelfth, to the cent. */
    private static final String MONTHLY = """
            with monthly as (
                select t.id, t.category_id, t.cost_currency as currency, t.cost_split,
                       case t.billing_period when 'YEAR' then round(t.cost_amount / 12, 2) else t.cost_amount end
                           as monthly
                from tool t where t.status <> 'CANCELLED' and t.cost_amount is not null)
            """;

    private final ToolRepository tools;
    private final ToolCategoryRepository categories;
    private final CommunityService communities;
    private final AccountService accounts;
    private final JdbcTemplate jdbc;

    ToolService(ToolRepository tools, ToolCategoryRepository categories, CommunityService communities,
                AccountService accounts, JdbcTemplate jdbc) {
        this.tools = tools;
        this.categories = categories;
        this.communities = communities;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public List<ToolSummary> list() {
        Map<UUID, String> categoryNames = categoryNames();
        Predicate<UUID> visible = visibleCommunities();
        return tools.findAllByOrderByNameAsc().stream()
                .map(tool -> tool.toSummary(categoryNames.getOrDefault(tool.getCategoryId(), ""), visible)).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public Optional<ToolSummary> find(UUID id) {
        Predicate<UUID> visible = visibleCommunities();
        return tools.findById(id).map(tool -> tool.toSummary(categoryNames().getOrDefault(tool.getCategoryId(), ""),
                visible));
    }

    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public ToolSummary create(ToolForm form) {
        validate(form, new UUID(0, 0));
        Tool tool = tools.saveAndFlush(new Tool(form));
        return tool.toSummary(categoryNames().getOrDefault(tool.getCategoryId(), ""), id -> true);
    }

    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public ToolSummary update(UUID id, long expectedVersion, ToolForm form) {
        Tool tool = tools.findById(id).orElseThrow(NotFoundException::new);
        if (tool.getVersion() == null || tool.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        validate(form, id);
        tool.apply(form);
        tool = tools.saveAndFlush(tool);
        return tool.toSummary(categoryNames().getOrDefault(tool.getCategoryId(), ""), community -> true);
    }

    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public void delete(UUID id, long expectedVersion) {
        Tool tool = tools.findById(id).orElseThrow(NotFoundException::new);
        if (tool.getVersion() == null || tool.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        tools.delete(tool);
    }

    /** Monthly cost per category and currency. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public List<CostTotal> totalsByCategory() {
        return jdbc.query(MONTHLY + """
                select c.id, c.name, m.currency, sum(m.monthly) from monthly m
                join tool_category c on c.id = m.category_id
                group by c.id, c.name, m.currency order by c.name, m.currency""",
                (rs, row) -> new CostTotal(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4)));
    }

    /** Each visible community's share of the monthly cost of the tools it uses, per currency. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public List<CostTotal> totalsByCommunity() {
        Map<UUID, String> names = communities.visible().stream()
                .collect(Collectors.toMap(CommunitySummary::id, CommunitySummary::name));
        return jdbc.query(MONTHLY + """
                , weights as (select tool_id, sum(weight) as total, count(*) as n from tool_community group by tool_id)
                select u.community_id, m.currency,
                       sum(case when m.cost_split = 'WEIGHT' then round(m.monthly * u.weight / w.total, 2)
                                else round(m.monthly / w.n, 2) end)
                from monthly m
                join tool_community u on u.tool_id = m.id
                join weights w on w.tool_id = m.id
                group by u.community_id, m.currency""",
                (rs, row) -> new CostTotal(rs.getObject(1, UUID.class), "", rs.getString(2), rs.getBigDecimal(3)))
                .stream().filter(total -> names.containsKey(total.key()))
                .map(total -> new CostTotal(total.key(), NotNull.entry(names, total.key()), total.currency(),
                        total.monthly()))
                .sorted(java.util.Comparator.comparing(CostTotal::label).thenComparing(CostTotal::currency)).toList();
    }

    /** The tools a community uses with its share of their cost; "not found" for a community the user cannot see. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS_OR_JOB)
    public List<CommunityTool> forCommunity(UUID communityId) {
        communities.readable(communityId);
        Map<UUID, String> categoryNames = categoryNames();
        return tools.findAllByOrderByNameAsc().stream()
                .map(tool -> tool.toSummary(categoryNames.getOrDefault(tool.getCategoryId(), ""),
                        communityId::equals))
                .filter(tool -> !tool.usages().isEmpty())
                .map(tool -> {
                    boolean costs = tool.status() != ToolStatus.CANCELLED;
                    BigDecimal share = costs ? tool.usages().getFirst().monthlyShare() : null;
                    return new CommunityTool(tool.id(), tool.name(), tool.categoryName(), tool.purpose(),
                            tool.funnelStage(), tool.status(), share, share == null ? null : tool.currency());
                }).toList();
    }

    private void validate(ToolForm form, UUID exceptId) {
        if (tools.nameTaken(form.getName().strip(), exceptId)) {
            throw new UserFacingException("tool.error.nameTaken", "name");
        }
        if (form.getCategoryId() == null || categories.findById(form.getCategoryId()).isEmpty()) {
            throw new UserFacingException("tool.error.category", "categoryId");
        }
        if (form.getCostAmount() != null && (form.getCurrency() == null || !form.getCurrency().matches("[A-Z]{3}"))) {
            throw new UserFacingException("tool.error.currency", "currency");
        }
        if (form.getLink() != null && !form.getLink().isBlank() && !form.getLink().strip().matches("https?://\\S+")) {
            throw new UserFacingException("tool.error.link", "link");
        }
        UUID owner = form.getOwnerId();
        if (owner != null && accounts.find(List.of(owner)).stream()
                .noneMatch(account -> account.enabled() && account.role() != AccountRole.CLIENT)) {
            throw new UserFacingException("tool.error.owner", "ownerId");
        }
        Set<UUID> seen = new HashSet<>();
        for (ToolUsage usage : form.getUsages()) {
            if (!seen.add(usage.communityId()) || communities.find(usage.communityId()).isEmpty()) {
                throw new UserFacingException("tool.error.community", "usages");
            }
            if (form.getSplit() == CostSplit.WEIGHT && usage.weight().signum() <= 0) {
                throw new UserFacingException("tool.error.weight", "usages");
            }
        }
    }

    private Map<UUID, String> categoryNames() {
        return categories.findAll().stream().collect(Collectors.toMap(ToolCategory::getId, ToolCategory::getName));
    }

    private Predicate<UUID> visibleCommunities() {
        AppPrincipal user = CurrentUser.require();
        if (user.hasRole(Roles.TENANT_ADMIN)) {
            return community -> true;
        }
        Set<UUID> visible = communities.visible().stream().map(CommunitySummary::id).collect(Collectors.toSet());
        return visible::contains;
    }
}
