package app.communityops.clients.ui;

import app.communityops.clients.ClientService;
import app.communityops.clients.ClientSummary;
import app.communityops.clients.ClientsNavigation;
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
import org.jspecify.annotations.Nullable;

/**
 * The agency's clients, managed by the tenant admin. Public only because the UI tests discover routes by scanning.
 */
@Route(ClientsNavigation.LIST_ROUTE)
@RolesAllowed(Roles.TENANT_ADMIN)
@Menu(title = "client.list.title", order = 20, icon = "HANDSHAKE")
@NavGroup(NavArea.ADMINISTRATION)
public class ClientsView extends VerticalLayout implements HasDynamicTitle {

    private final ClientService clients;
    private final Grid<ClientSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Div emptyState = new Div();
    private final List<ClientSummary> items = new ArrayList<>();

    ClientsView(ClientService clients) {
        this.clients = clients;
        setSizeFull();
        add(toolbar(), configureGrid(), configureEmptyState());
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("client.list.title");
    }

    private Component toolbar() {
        search.setId("client-search");
        search.setPlaceholder(getTranslation("client.list.search"));
        search.setAriaLabel(getTranslation("client.list.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> applyFilter());
        Button create = new Button(getTranslation("client.list.new"), VaadinIcon.PLUS.create(),
                event -> openForm(null));
        create.setId("new-client");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div toolbar = new Div(search, create);
        toolbar.addClassName("view-toolbar");
        return toolbar;
    }

    private Grid<ClientSummary> configureGrid() {
        grid.setId("clients-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("client.list.noMatch"));
        grid.addColumn(ClientSummary::name).setKey("name").setHeader(getTranslation("client.column.name"))
                .setFlexGrow(2).setSortable(true);
        grid.addColumn(c -> text(c.contactName())).setKey("contact")
                .setHeader(getTranslation("client.column.contact")).setSortable(true);
        grid.addColumn(c -> text(c.contactEmail())).setKey("email")
                .setHeader(getTranslation("client.column.email")).setSortable(true);
        grid.addComponentColumn(this::contactAccess).setKey("contactAccess")
                .setHeader(getTranslation("client.column.contactAccess")).setAutoWidth(true);
        grid.addComponentColumn(this::editButton).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(new ListDataProvider<>(items));
        return grid;
    }

    private Component contactAccess(ClientSummary client) {
        Span badge = new Span(getTranslation(client.contactAccess() ? "client.contactAccess.granted"
                : "client.contactAccess.none"));
        badge.addClassName("status-badge");
        if (client.contactAccess()) {
            badge.addClassName("contrast");
        }
        badge.setId("contact-access-" + client.id());
        return badge;
    }

    private Component editButton(ClientSummary client) {
        Button edit = new Button(VaadinIcon.EDIT.create(), event -> openForm(client));
        edit.setId("edit-" + client.id());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("action.edit") + " " + client.name());
        edit.setTooltipText(getTranslation("action.edit"));
        return edit;
    }

    private Component configureEmptyState() {
        emptyState.setId("clients-empty");
        emptyState.addClassName("empty-state");
        var icon = VaadinIcon.HANDSHAKE.create();
        icon.setSize("48px");
        icon.addClassName("empty-icon");
        emptyState.add(icon, new Span(getTranslation("client.list.empty")));
        return emptyState;
    }

    private void openForm(@Nullable ClientSummary client) {
        new ClientFormDialog(clients, client, saved -> refresh()).open();
    }

    private void refresh() {
        items.clear();
        items.addAll(clients.list());
        grid.getDataProvider().refreshAll();
        emptyState.setVisible(items.isEmpty());
        grid.setVisible(!items.isEmpty());
        applyFilter();
    }

    private void applyFilter() {
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        @SuppressWarnings("unchecked")
        ListDataProvider<ClientSummary> provider = (ListDataProvider<ClientSummary>) grid.getDataProvider();
        provider.setFilter(c -> text.isEmpty() || contains(c.name(), text) || contains(c.contactName(), text)
                || contains(c.contactEmail(), text));
    }

    private static boolean contains(@Nullable String value, String lowerCaseText) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(lowerCaseText);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
