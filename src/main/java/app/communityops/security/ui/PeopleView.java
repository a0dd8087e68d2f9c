package app.communityops.security.ui;

import app.communityops.security.SecurityNavigation;
import app.communityops.shared.ui.StaleEdit;
import app.communityops.shared.ui.TemporaryPasswordDialog;
import app.communityops.clients.ClientService;
import app.communityops.clients.ClientSummary;
import app.communityops.security.AccountRole;
import app.communityops.security.AccountService;
import app.communityops.security.AccountSummary;
import app.communityops.security.SignedInSessions;
import app.communityops.security.mfa.SecondFactorService;
import app.communityops.security.mfa.ui.TwoFactorPolicyDialog;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.Roles;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.Confirm;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavGroup;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The tenant admin's people screen: staff and client users, their roles, and their access. The plan's seat
 * limit, the last active admin and the admin's own account are guarded by the service; refusals are shown here.
 *
 * <p>Public only because route discovery in UI tests sees public classes alone; the constructor stays private
 * to the package.
 */
@Route(SecurityNavigation.PEOPLE_ROUTE)
@RolesAllowed(Roles.TENANT_ADMIN)
@Menu(title = "people.title", order = 10, icon = "USERS")
@NavGroup(NavArea.ADMINISTRATION)
public class PeopleView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final ClientService clientService;
    private final Grid<AccountSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<AccountRole> roleFilter = new Select<>();
    private final Div emptyState = new Div();
    private final Paragraph emptyText = new Paragraph();
    private final Button edit = action("edit-user", "people.editAction", VaadinIcon.PENCIL);
    private final Button toggleEnabled = action("toggle-user-enabled", "people.disable", VaadinIcon.BAN);
    private final Button resetPassword = action("reset-user-password", "people.resetPassword", VaadinIcon.KEY);
    private final Button signOut = action("sign-out-user", "sessions.people.signOut", VaadinIcon.SIGN_OUT);
    private final SignedInSessions sessions;
    private Map<UUID, Integer> openSessions = Map.of();
    private final Button resetSecondFactor = action("reset-user-mfa", "mfa.reset.action", VaadinIcon.MOBILE);
    private final SecondFactorService secondFactors;
    private Set<UUID> enrolled = Set.of();
    private List<AccountSummary> people = List.of();
    private List<ClientSummary> clients = List.of();
    private Map<UUID, String> clientNames = Map.of();

    PeopleView(AccountService accounts, ClientService clientService, SignedInSessions sessions,
               SecondFactorService secondFactors) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.clientService = clientService;
        this.secondFactors = secondFactors;
        setSizeFull();

        Button create = new Button(getTranslation("people.new"), VaadinIcon.PLUS.create(),
                event -> new AccountDialog(accounts, clients, null, this::saved, this::refresh).open());
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        edit.addClickListener(event -> selected().ifPresent(this::openEditor));
        toggleEnabled.addClickListener(event -> selected().ifPresent(this::toggleEnabled));
        resetPassword.addClickListener(event -> selected().ifPresent(this::confirmReset));
        signOut.addClickListener(event -> selected().ifPresent(this::confirmSignOut));
        resetSecondFactor.addClickListener(event -> selected().ifPresent(this::confirmSecondFactorReset));
        Button policy = new Button(getTranslation("mfa.policy.title"), VaadinIcon.LOCK.create(),
                event -> new TwoFactorPolicyDialog(secondFactors).open());
        policy.setId("mfa-policy");

        search.setId("people-search");
        search.setPlaceholder(getTranslation("people.filter.search"));
        search.setAriaLabel(getTranslation("people.filter.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> applyFilters());
        roleFilter.setId("people-role-filter");
        roleFilter.setItems(AccountRole.values());
        roleFilter.setItemLabelGenerator(role -> role == null ? getTranslation("people.filter.allRoles")
                : getTranslation("role." + role.name()));
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setEmptySelectionCaption(getTranslation("people.filter.allRoles"));
        roleFilter.setAriaLabel(getTranslation("people.field.role"));
        roleFilter.addValueChangeListener(event -> applyFilters());

        Div toolbar = new Div(create, edit, toggleEnabled, resetPassword, resetSecondFactor, signOut, policy, search,
                roleFilter);
        toolbar.addClassName("view-toolbar");

        configureGrid();
        Icon icon = VaadinIcon.USERS.create();
        icon.addClassName("empty-icon");
        icon.setSize("48px");
        emptyState.setId("people-empty");
        emptyState.addClassName("empty-state");
        emptyState.add(icon, emptyText);

        add(toolbar, grid, emptyState);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.title");
    }

    private void configureGrid() {
        grid.setId("people-grid");
        grid.addThemeVariants(GridVariant.NO_BORDER);
        grid.setSizeFull();
        grid.addColumn(AccountSummary::displayName).setKey("name").setHeader(getTranslation("people.column.name"))
                .setComparator(Comparator.comparing(AccountSummary::displayName, String.CASE_INSENSITIVE_ORDER))
                .setFlexGrow(2);
        grid.addColumn(AccountSummary::email).setKey("email").setHeader(getTranslation("people.column.email"))
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(account -> getTranslation("role." + account.role().name())).setKey("role")
                .setHeader(getTranslation("people.column.role")).setSortable(true);
        grid.addColumn(account -> account.clientId() == null ? "" : clientNames.getOrDefault(account.clientId(), ""))
                .setKey("client").setHeader(getTranslation("people.column.client")).setSortable(true);
        grid.addComponentColumn(this::status).setKey("status").setHeader(getTranslation("people.column.status"))
                .setComparator(Comparator.comparing(AccountSummary::enabled));
        grid.addComponentColumn(this::secondFactor).setKey("mfa").setHeader(getTranslation("mfa.column"))
                .setComparator(Comparator.comparing(account -> enrolled.contains(account.id())));
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        grid.addColumn(account -> account.lastLoginAt() == null ? getTranslation("people.never")
                        : time.format(account.lastLoginAt())).setKey("lastLogin")
                .setHeader(getTranslation("people.column.lastLogin"))
                .setComparator(Comparator.comparing(AccountSummary::lastLoginAt,
                        Comparator.nullsFirst(Comparator.naturalOrder())));
        grid.addColumn(account -> sessionsText(account)).setKey("sessions")
                .setHeader(getTranslation("sessions.people.column")).setAutoWidth(true)
                .setComparator(Comparator.comparing(account -> openSessions.getOrDefault(account.id(), 0)));
        grid.asSingleSelect().addValueChangeListener(event -> updateActions());
        grid.addItemDoubleClickListener(event -> openEditor(event.getItem()));
    }

    private Component status(AccountSummary account) {
        Span badge = new Span(getTranslation(account.enabled() ? "people.status.active" : "people.status.disabled"));
        badge.addClassNames("status-badge", account.enabled() ? "success" : "contrast");
        return badge;
    }

    private Component secondFactor(AccountSummary account) {
        boolean on = enrolled.contains(account.id());
        Span badge = new Span(getTranslation(on ? "mfa.card.on" : "mfa.card.off"));
        badge.addClassNames("status-badge", on ? "success" : "contrast");
        return badge;
    }

    private void confirmSecondFactorReset(AccountSummary account) {
        Confirm.danger(getTranslation("mfa.reset.confirm.title", account.displayName()),
                getTranslation("mfa.reset.confirm.text"), getTranslation("mfa.reset.action"), () -> {
                    try {
                        secondFactors.reset(account.id());
                        Notifications.success(getTranslation("mfa.reset.done", account.displayName()));
                        refresh();
                    } catch (UserFacingException refusal) {
                        FormErrors.show(refusal, Map.of());
                    }
                });
    }

    private void openEditor(AccountSummary account) {
        new AccountDialog(accounts, clients, account, this::saved, this::refresh).open();
    }

    private void toggleEnabled(AccountSummary account) {
        if (!account.enabled()) {
            setEnabled(account, true);
            return;
        }
        Confirm.danger(getTranslation("people.disable.confirm.title", account.displayName()),
                getTranslation("people.disable.confirm.text"), getTranslation("people.disable"),
                () -> setEnabled(account, false));
    }

    private void setEnabled(AccountSummary account, boolean enabled) {
        try {
            AccountSummary changed = accounts.setEnabled(account.id(), account.version(), enabled);
            Notifications.success(getTranslation(enabled ? "people.enabled" : "people.disabled",
                    changed.displayName()));
            saved(changed);
        } catch (ConcurrentEditException e) {
            StaleEdit.offerReload(this::refresh);
        } catch (UserFacingException refusal) {
            FormErrors.show(refusal, Map.of());
        }
    }

    private void confirmReset(AccountSummary account) {
        Confirm.danger(getTranslation("people.reset.confirm.title", account.displayName()),
                getTranslation("people.reset.confirm.text"), getTranslation("people.resetPassword"), () -> {
                    try {
                        String temporary = accounts.resetPassword(account.id(), account.version());
                        refresh();
                        new TemporaryPasswordDialog(account.email(), temporary).open();
                    } catch (ConcurrentEditException e) {
                        StaleEdit.offerReload(this::refresh);
                    }
                });
    }

    /** What the session records say, not what was asked for: open sessions are counted, not assumed. */
    private String sessionsText(AccountSummary account) {
        int open = openSessions.getOrDefault(account.id(), 0);
        return switch (open) {
            case 0 -> getTranslation("sessions.people.none");
            case 1 -> getTranslation("sessions.people.openOne");
            default -> getTranslation("sessions.people.openMany", open);
        };
    }

    private void confirmSignOut(AccountSummary account) {
        Confirm.danger(getTranslation("sessions.people.confirm.title", account.displayName()),
                getTranslation("sessions.people.confirm.text"), getTranslation("sessions.people.signOut"), () -> {
                    int ended = sessions.signOutEverywhere(account.id());
                    Notifications.success(getTranslation("sessions.people.signedOut", account.displayName(), ended));
                    refresh();
                });
    }

    private void saved(AccountSummary account) {
        refresh();
        grid.select(account);
    }

    private void refresh() {
        people = accounts.list();
        openSessions = sessions.openCounts();
        enrolled = secondFactors.enrolledPeople();
        clients = clientService.list();
        clientNames = clients.stream().collect(Collectors.toMap(ClientSummary::id, ClientSummary::name));
        applyFilters();
    }

    private void applyFilters() {
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        AccountRole role = roleFilter.getValue();
        List<AccountSummary> shown = people.stream()
                .filter(account -> role == null || account.role() == role)
                .filter(account -> text.isEmpty() || account.displayName().toLowerCase(Locale.ROOT).contains(text)
                        || account.email().contains(text))
                .toList();
        Optional<UUID> selectedId = selected().map(AccountSummary::id);
        // Rows are matched by id, so the selection survives a reload that brings a newer version.
        grid.setItems(shown).setIdentifierProvider(AccountSummary::id);
        selectedId.flatMap(id -> shown.stream().filter(account -> account.id().equals(id)).findFirst())
                .ifPresent(grid::select);
        boolean filtered = !text.isEmpty() || role != null;
        emptyText.setText(getTranslation(filtered ? "people.emptyFiltered" : "people.empty"));
        grid.setVisible(!shown.isEmpty());
        emptyState.setVisible(shown.isEmpty());
        updateActions();
    }

    private void updateActions() {
        Optional<AccountSummary> account = selected();
        edit.setEnabled(account.isPresent());
        resetPassword.setEnabled(account.isPresent());
        resetSecondFactor.setEnabled(account.map(a -> enrolled.contains(a.id())).orElse(false));
        toggleEnabled.setEnabled(account.isPresent());
        signOut.setEnabled(account.isPresent());
        boolean enabled = account.map(AccountSummary::enabled).orElse(true);
        toggleEnabled.setText(getTranslation(enabled ? "people.disable" : "people.enable"));
        toggleEnabled.setIcon((enabled ? VaadinIcon.BAN : VaadinIcon.CHECK_CIRCLE).create());
    }

    private Optional<AccountSummary> selected() {
        return grid.asSingleSelect().getOptionalValue();
    }

    private Button action(String id, String key, VaadinIcon icon) {
        Button button = new Button(getTranslation(key), icon.create());
        button.setId(id);
        button.setEnabled(false);
        return button;
    }
}
