package app.communityops.tool.ui;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.security.AccountService;
import app.communityops.security.AccountSummary;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavGroup;
import app.communityops.tool.CategorySummary;
import app.communityops.tool.ToolNavigation;
import app.communityops.tool.ToolService;
import app.communityops.tool.ToolSettingsService;
import app.communityops.tool.ToolStatus;
import app.communityops.tool.ToolSummary;
import app.communityops.tool.UsageShare;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The tool inventory: every tool with its price, monthly cost, renewal and the communities sharing it, filters,
 * and the monthly totals per category and per community with a chart. Tenant admins add and edit tools.
 */
@Route(ToolNavigation.TOOLS_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
@Menu(title = "tool.menu", order = 10, icon = "TOOLS")
@NavGroup(NavArea.TOOL)
public class ToolsView extends VerticalLayout implements HasDynamicTitle {

    private final ToolService tools;
    private final ToolSettingsService settings;
    private final CommunityService communities;
    private final AccountService accounts;
    private final boolean admin = CurrentUser.require().hasRole(Roles.TENANT_ADMIN);
    private final Grid<ToolSummary> grid = new Grid<>();
    private final List<ToolSummary> items = new ArrayList<>();
    private final TextField search = new TextField();
    private final ComboBox<CategorySummary> category = new ComboBox<>();
    private final ComboBox<ToolStatus> status = new ComboBox<>();
    private final ComboBox<CommunitySummary> community = new ComboBox<>();
    private final Div empty = new Div();
    private final CostTotalsPanel totals = new CostTotalsPanel();
    private Map<UUID, String> communityNames = Map.of();
    private Map<UUID, String> ownerNames = Map.of();

    ToolsView(ToolService tools, ToolSettingsService settings, CommunityService communities, AccountService accounts) {
        this.tools = tools;
        this.settings = settings;
        this.communities = communities;
        this.accounts = accounts;
        setId("tools-view");
        setWidthFull();
        add(toolbar(), configureGrid(), configureEmpty(), totals);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tool.list.title");
    }

    private Component toolbar() {
        search.setId("tool-search");
        search.setPlaceholder(getTranslation("tool.list.search"));
        search.setAriaLabel(getTranslation("tool.list.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> applyFilter());
        category.setId("tool-filter-category");
        category.setPlaceholder(getTranslation("tool.filter.category"));
        category.setAriaLabel(getTranslation("tool.filter.category"));
        category.setItemLabelGenerator(CategorySummary::name);
        category.setClearButtonVisible(true);
        category.addValueChangeListener(event -> applyFilter());
        status.setId("tool-filter-status");
        status.setPlaceholder(getTranslation("tool.filter.status"));
        status.setAriaLabel(getTranslation("tool.filter.status"));
        status.setItems(ToolStatus.values());
        status.setItemLabelGenerator(value -> ToolLabels.of(this, value));
        status.setClearButtonVisible(true);
        status.addValueChangeListener(event -> applyFilter());
        community.setId("tool-filter-community");
        community.setPlaceholder(getTranslation("tool.filter.community"));
        community.setAriaLabel(getTranslation("tool.filter.community"));
        community.setItemLabelGenerator(CommunitySummary::name);
        community.setClearButtonVisible(true);
        community.addValueChangeListener(event -> applyFilter());
        Div toolbar = new Div(search, category, status, community);
        toolbar.addClassName("view-toolbar");
        if (admin) {
            Button create = new Button(getTranslation("tool.list.new"), VaadinIcon.PLUS.create(), event -> openForm(null));
            create.setId("new-tool");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create);
        }
        return toolbar;
    }

    private Grid<ToolSummary> configureGrid() {
        grid.setId("tools-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("tool.list.noMatch"));
        // An agency has tens of tools, not thousands: show them all and let the page scroll to the totals.
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::nameCell).setKey("name").setHeader(getTranslation("tool.column.name"))
                .setComparator(ToolSummary::name).setSortable(true).setWidth("13rem").setFlexGrow(2);
        grid.addColumn(ToolSummary::categoryName).setKey("category").setHeader(getTranslation("tool.column.category"))
                .setSortable(true).setWidth("9rem").setFlexGrow(1).setTooltipGenerator(ToolSummary::categoryName);
        grid.addComponentColumn(tool -> ToolLabels.badge(this, tool.status())).setKey("status")
                .setHeader(getTranslation("tool.column.status")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(this::price).setKey("price").setHeader(getTranslation("tool.column.cost")).setWidth("12rem")
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(tool -> ToolLabels.money(getLocale(), tool.monthlyCost(), tool.currency())).setKey("monthly")
                .setHeader(getTranslation("tool.column.monthly")).setWidth("9rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(tool -> tool.renewalDate() == null ? "" : tool.renewalDate().toString()).setKey("renewal")
                .setHeader(getTranslation("tool.column.renewal")).setSortable(true).setWidth("8.5rem").setFlexGrow(0)
                .setComparator(tool -> tool.renewalDate() == null ? "9999" : tool.renewalDate().toString());
        grid.addColumn(this::usageText).setKey("communities").setHeader(getTranslation("tool.column.communities"))
                .setWidth("10rem").setFlexGrow(3).setTooltipGenerator(this::usageText);
        if (admin) {
            grid.addComponentColumn(this::editButton).setKey("actions").setAutoWidth(true).setFlexGrow(0)
                    .setFrozenToEnd(true);
        }
        grid.setItems(new ListDataProvider<>(items));
        return grid;
    }

    /** The name, and below it the vendor, funnel stage and owner, so the grid fits without scrolling sideways. */
    private Component nameCell(ToolSummary tool) {
        Span name = new Span(tool.name());
        name.addClassName("tool-name");
        String details = java.util.stream.Stream.of(tool.vendor(),
                        tool.funnelStage() == null ? null : ToolLabels.of(this, tool.funnelStage()),
                        tool.ownerId() == null ? null : ownerNames.get(tool.ownerId()))
                .filter(java.util.Objects::nonNull).collect(Collectors.joining(" · "));
        Span secondary = new Span(details);
        secondary.addClassName("tool-secondary");
        Div cell = new Div(name, secondary);
        cell.addClassName("tool-cell");
        return cell;
    }

    private String price(ToolSummary tool) {
        if (tool.costAmount() == null) {
            return "";
        }
        return ToolLabels.money(getLocale(), tool.costAmount(), tool.currency()) + " / "
                + ToolLabels.of(this, tool.billingPeriod());
    }

    private String usageText(ToolSummary tool) {
        return tool.usages().stream().map(this::usageLabel).collect(Collectors.joining(", "));
    }

    private String usageLabel(UsageShare usage) {
        String name = communityNames.getOrDefault(usage.communityId(), "");
        return usage.monthlyShare() == null ? name : name + " (" + usage.monthlyShare().toPlainString() + ")";
    }

    private Component editButton(ToolSummary tool) {
        Button edit = new Button(VaadinIcon.EDIT.create(), event -> openForm(tool));
        edit.setId("edit-" + tool.id());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("action.edit") + " " + tool.name());
        edit.setTooltipText(getTranslation("action.edit"));
        return edit;
    }

    private Component configureEmpty() {
        empty.setId("tools-empty");
        empty.addClassName("empty-state");
        var icon = VaadinIcon.TOOLS.create();
        icon.setSize("48px");
        icon.addClassName("empty-icon");
        empty.add(icon, new Span(getTranslation("tool.list.empty")));
        return empty;
    }

    private void openForm(@Nullable ToolSummary tool) {
        new ToolFormDialog(tools, settings.categories(), communities.visible(), staff(), tool, saved -> refresh())
                .open();
    }

    private List<AccountSummary> staff() {
        return accounts.list().stream().filter(account -> account.enabled()
                && account.role() != app.communityops.security.AccountRole.CLIENT).toList();
    }

    private void refresh() {
        List<CommunitySummary> visible = communities.visible();
        communityNames = visible.stream().collect(Collectors.toMap(CommunitySummary::id, CommunitySummary::name));
        community.setItems(visible);
        category.setItems(settings.categories());
        items.clear();
        items.addAll(tools.list());
        List<UUID> owners = items.stream().map(ToolSummary::ownerId).filter(java.util.Objects::nonNull).distinct().toList();
        ownerNames = owners.isEmpty() ? Map.of() : accounts.find(owners).stream()
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
        grid.getDataProvider().refreshAll();
        grid.setVisible(!items.isEmpty());
        empty.setVisible(items.isEmpty());
        totals.show(tools.totalsByCategory(), tools.totalsByCommunity());
        applyFilter();
    }

    private void applyFilter() {
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        CategorySummary chosenCategory = category.getValue();
        ToolStatus chosenStatus = status.getValue();
        CommunitySummary chosenCommunity = community.getValue();
        @SuppressWarnings("unchecked")
        ListDataProvider<ToolSummary> provider = (ListDataProvider<ToolSummary>) grid.getDataProvider();
        provider.setFilter(tool -> (text.isEmpty() || contains(tool.name(), text) || contains(tool.vendor(), text)
                || contains(tool.purpose(), text))
                && (chosenCategory == null || tool.categoryId().equals(chosenCategory.id()))
                && (chosenStatus == null || tool.status() == chosenStatus)
                && (chosenCommunity == null || tool.usages().stream()
                .anyMatch(usage -> usage.communityId().equals(chosenCommunity.id()))));
    }

    private static boolean contains(@Nullable String value, String lowerCaseText) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(lowerCaseText);
    }
}
