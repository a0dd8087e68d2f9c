package app.communityops.community.ui;

import app.communityops.clients.ClientService;
import app.communityops.community.Channel;
import app.communityops.community.CommunityNavigation;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunityStatus;
import app.communityops.community.CommunitySummary;
import app.communityops.community.VerticalService;
import app.communityops.community.VerticalSummary;
import app.communityops.security.AccountService;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavGroup;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every community the user may see: all of the tenant's for tenant admins, the assigned ones for operators, the
 * own client's for client users (read-only). Public only because the UI tests discover routes by scanning.
 */
@Route(CommunityNavigation.LIST_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.CLIENT})
@Menu(title = "community.list.title", order = 1, icon = "GROUP")
@NavGroup(NavArea.WORKSPACE)
public class CommunitiesView extends VerticalLayout implements HasDynamicTitle {

    private final CommunityService communities;
    private final ClientService clients;
    private final AccountService accounts;
    private final VerticalService verticals;
    private final AppPrincipal user = CurrentUser.require();
    private final Grid<CommunitySummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<CommunityStatus> statusFilter = new Select<>();
    private final Select<Channel> channelFilter = new Select<>();
    private final Div emptyState = new Div();
    private final List<CommunitySummary> items = new ArrayList<>();
    private CommunityNames names = new CommunityNames(Map.of(), Map.of());
    private List<VerticalSummary> verticalList = List.of();

    CommunitiesView(CommunityService communities, ClientService clients, AccountService accounts,
                    VerticalService verticals) {
        this.verticals = verticals;
        this.communities = communities;
        this.clients = clients;
        this.accounts = accounts;
        setSizeFull();
        add(toolbar(), configureGrid(), configureEmptyState());
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("community.list.title");
    }

    private Component toolbar() {
        search.setId("community-search");
        search.setPlaceholder(getTranslation("community.list.search"));
        search.setAriaLabel(getTranslation("community.list.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> applyFilters());

        statusFilter.setId("community-status-filter");
        statusFilter.setAriaLabel(getTranslation("community.list.filterStatus"));
        statusFilter.setPlaceholder(getTranslation("community.list.filterStatus"));
        statusFilter.setItems(CommunityStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("community.list.filterStatus"));
        statusFilter.setItemLabelGenerator(value -> value == null ? getTranslation("community.list.filterStatus")
                : CommunityLabels.status(this, value));
        statusFilter.addValueChangeListener(event -> applyFilters());

        channelFilter.setId("community-channel-filter");
        channelFilter.setAriaLabel(getTranslation("community.list.filterChannel"));
        channelFilter.setPlaceholder(getTranslation("community.list.filterChannel"));
        channelFilter.setItems(Channel.values());
        channelFilter.setEmptySelectionAllowed(true);
        channelFilter.setEmptySelectionCaption(getTranslation("community.list.filterChannel"));
        channelFilter.setItemLabelGenerator(value -> value == null ? getTranslation("community.list.filterChannel")
                : CommunityLabels.channel(this, value));
        channelFilter.addValueChangeListener(event -> applyFilters());

        Div toolbar = new Div(search, statusFilter, channelFilter);
        toolbar.addClassName("view-toolbar");
        if (user.hasRole(Roles.TENANT_ADMIN)) {
            Button create = new Button(getTranslation("community.list.new"), VaadinIcon.PLUS.create(),
                    event -> openForm(null));
            create.setId("new-community");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create);
        }
        return toolbar;
    }

    private Grid<CommunitySummary> configureGrid() {
        grid.setId("communities-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("community.list.noMatch"));
        grid.addComponentColumn(this::nameLink).setKey("name")
                .setHeader(getTranslation("community.column.name")).setFlexGrow(3).setSortable(true)
                .setComparator(CommunitySummary::name);
        grid.addColumn(c -> CommunityLabels.channel(this, c.channel())).setKey("channel")
                .setHeader(getTranslation("community.column.channel")).setSortable(true);
        grid.addColumn(c -> CommunityLabels.vertical(this, verticalList, c.verticalId())).setKey("vertical")
                .setHeader(getTranslation("community.column.vertical")).setSortable(true);
        grid.addColumn(c -> names.client(c.clientId())).setKey("client")
                .setHeader(getTranslation("community.column.client")).setFlexGrow(2).setSortable(true);
        grid.addComponentColumn(c -> CommunityLabels.statusBadge(this, c.status())).setKey("status")
                .setHeader(getTranslation("community.column.status")).setSortable(true)
                .setComparator(CommunitySummary::status);
        grid.addColumn(c -> c.memberCapacity() == null ? "" : String.valueOf(c.memberCapacity()))
                .setKey("capacity").setHeader(getTranslation("community.column.capacity"));
        grid.addColumn(c -> names.operators(c.operatorIds())).setKey("operators")
                .setHeader(getTranslation("community.column.operators")).setFlexGrow(2);
        if (mayEdit()) {
            grid.addComponentColumn(this::editButton).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(new ListDataProvider<>(items));
        return grid;
    }

    private Component nameLink(CommunitySummary community) {
        RouterLink link = new RouterLink(community.name(), CommunityOverviewView.class,
                CommunityNavigation.parameters(community.id()));
        link.setId("open-" + community.id());
        return link;
    }

    private Component editButton(CommunitySummary community) {
        Button edit = new Button(VaadinIcon.EDIT.create(), event -> openForm(community));
        edit.setId("edit-" + community.id());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("action.edit") + " " + community.name());
        edit.setTooltipText(getTranslation("action.edit"));
        return edit;
    }

    private Component configureEmptyState() {
        emptyState.setId("communities-empty");
        emptyState.addClassName("empty-state");
        var icon = VaadinIcon.GROUP.create();
        icon.setSize("48px");
        icon.addClassName("empty-icon");
        String key = switch (user.role()) {
            case Roles.TENANT_ADMIN -> "community.list.empty.admin";
            case Roles.OPERATOR -> "community.list.empty.operator";
            default -> "community.list.empty.client";
        };
        emptyState.add(icon, new Span(getTranslation(key)));
        return emptyState;
    }

    /** Operators see only their assigned communities, so every row they see is one they may edit. */
    private boolean mayEdit() {
        return user.hasRole(Roles.TENANT_ADMIN) || user.hasRole(Roles.OPERATOR);
    }

    private void openForm(@Nullable CommunitySummary community) {
        new CommunityFormDialog(communities, clients, accounts, verticals, community, saved -> refresh()).open();
    }

    private void refresh() {
        List<CommunitySummary> visible = communities.visible();
        names = CommunityNames.load(visible, clients, accounts);
        verticalList = verticals.verticals();
        items.clear();
        items.addAll(visible);
        grid.getDataProvider().refreshAll();
        boolean empty = visible.isEmpty();
        emptyState.setVisible(empty);
        grid.setVisible(!empty);
        applyFilters();
    }

    private void applyFilters() {
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        CommunityStatus status = statusFilter.getValue();
        Channel channel = channelFilter.getValue();
        @SuppressWarnings("unchecked")
        ListDataProvider<CommunitySummary> provider = (ListDataProvider<CommunitySummary>) grid.getDataProvider();
        provider.setFilter(c -> (status == null || c.status() == status)
                && (channel == null || c.channel() == channel)
                && (text.isEmpty() || matches(c, text)));
    }

    private boolean matches(CommunitySummary community, String text) {
        String description = community.description();
        return contains(community.name(), text) || contains(names.client(community.clientId()), text)
                || contains(CommunityLabels.channel(this, community.channel()), text)
                || contains(names.operators(community.operatorIds()), text)
                || (description != null && contains(description, text));
    }

    private static boolean contains(String value, String lowerCaseText) {
        return value.toLowerCase(Locale.ROOT).contains(lowerCaseText);
    }
}
