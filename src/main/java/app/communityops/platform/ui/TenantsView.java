package app.communityops.platform.ui;

import app.communityops.platform.PlatformNavigation;
import app.communityops.shared.ui.StaleEdit;
import app.communityops.platform.PlatformTenantService;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.Roles;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavGroup;
import app.communityops.shared.ui.Notifications;
import app.communityops.tenancy.PlanLimits;
import app.communityops.tenancy.TenantService;
import app.communityops.tenancy.TenantSummary;
import com.vaadin.flow.component.Component;
import app.communityops.shared.ui.Confirm;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The platform admin's only window on tenants: the tenant rows themselves and, for resetting access, their
 * admins' accounts. No tenant business data (communities, members, clients) is reachable from here.
 *
 * <p>Public only because route discovery in UI tests sees public classes alone; the constructor stays private
 * to the package.
 */
@Route(PlatformNavigation.TENANTS_ROUTE)
@RolesAllowed(Roles.PLATFORM_ADMIN)
@Menu(title = "platform.tenants.title", order = 1, icon = "BUILDING")
@NavGroup(NavArea.PLATFORM)
public class TenantsView extends VerticalLayout implements HasDynamicTitle {

    private final TenantService tenantService;
    private final PlatformTenantService platformTenants;
    private final Grid<TenantSummary> grid = new Grid<>();
    private final Div emptyState = new Div();
    private final Button rename = action("rename-tenant", "platform.tenants.rename", VaadinIcon.PENCIL);
    private final Button limits = action("edit-limits", "platform.tenants.editLimits", VaadinIcon.SLIDERS);
    private final Button timeZone = action("change-time-zone", "platform.tenants.timeZone", VaadinIcon.GLOBE);
    private final Button suspend = action("suspend-tenant", "platform.tenants.suspend", VaadinIcon.BAN);
    private final Button reactivate = action("reactivate-tenant", "platform.tenants.reactivate", VaadinIcon.PLAY);
    private final Button resetAccess = action("reset-admin-access", "platform.tenants.resetAccess", VaadinIcon.KEY);
    private final Button signOutEveryone = action("sign-out-tenant", "sessions.tenant.signOut", VaadinIcon.SIGN_OUT);

    TenantsView(TenantService tenantService, PlatformTenantService platformTenants) {
        this.tenantService = tenantService;
        this.platformTenants = platformTenants;
        setSizeFull();

        Button create = new Button(getTranslation("platform.tenants.new"), VaadinIcon.PLUS.create(),
                event -> new NewTenantDialog(platformTenants, this::saved).open());
        create.setId("new-tenant");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        rename.addClickListener(event -> selected().ifPresent(
                tenant -> new RenameTenantDialog(tenantService, tenant, this::saved, this::refresh).open()));
        limits.addClickListener(event -> selected().ifPresent(
                tenant -> new PlanLimitsDialog(tenantService, tenant, this::saved, this::refresh).open()));
        timeZone.addClickListener(event -> selected().ifPresent(
                tenant -> new TimeZoneDialog(tenantService, tenant, this::saved, this::refresh).open()));
        suspend.addClickListener(event -> selected().ifPresent(
                tenant -> new SuspendTenantDialog(tenantService, tenant, this::saved, this::refresh).open()));
        suspend.addThemeVariants(ButtonVariant.ERROR);
        reactivate.addClickListener(event -> selected().ifPresent(this::reactivate));
        signOutEveryone.addClickListener(event -> selected().ifPresent(this::confirmSignOutEveryone));
        resetAccess.addClickListener(event -> selected().ifPresent(
                tenant -> new ResetAdminAccessDialog(platformTenants, tenant).open()));

        Div toolbar = new Div(create, rename, limits, timeZone, suspend, reactivate, resetAccess, signOutEveryone);
        toolbar.addClassName("view-toolbar");

        configureGrid();
        Icon icon = VaadinIcon.BUILDING.create();
        icon.addClassName("empty-icon");
        icon.setSize("48px");
        emptyState.setId("tenants-empty");
        emptyState.addClassName("empty-state");
        emptyState.add(icon, new Paragraph(getTranslation("platform.tenants.empty")));

        add(toolbar, grid, emptyState);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("platform.tenants.title");
    }

    private void configureGrid() {
        grid.setId("tenants-grid");
        grid.addThemeVariants(GridVariant.NO_BORDER, GridVariant.WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.addColumn(TenantSummary::name).setKey("name").setHeader(getTranslation("platform.tenants.column.name"))
                .setComparator(Comparator.comparing(TenantSummary::name, String.CASE_INSENSITIVE_ORDER))
                .setFlexGrow(2);
        grid.addComponentColumn(this::status).setKey("status")
                .setHeader(getTranslation("platform.tenants.column.status"))
                .setComparator(Comparator.comparing(TenantSummary::status)).setFlexGrow(2);
        grid.addColumn(tenant -> limitsText(tenant.limits())).setKey("limits")
                .setHeader(getTranslation("platform.tenants.column.limits")).setFlexGrow(3);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.addColumn(tenant -> date.format(tenant.createdAt())).setKey("created")
                .setHeader(getTranslation("platform.tenants.column.created"))
                .setComparator(Comparator.comparing(TenantSummary::createdAt)).setFlexGrow(1);
        grid.asSingleSelect().addValueChangeListener(event -> updateActions());
        grid.addItemDoubleClickListener(event -> new RenameTenantDialog(tenantService, event.getItem(), this::saved,
                this::refresh).open());
    }

    private Component status(TenantSummary tenant) {
        Span badge = new Span(getTranslation(tenant.active() ? "platform.status.active" : "platform.status.suspended"));
        badge.addClassNames("status-badge", tenant.active() ? "success" : "error");
        Div cell = new Div(badge);
        if (!tenant.active() && tenant.suspendedReason() != null) {
            Span reason = new Span(tenant.suspendedReason());
            reason.addClassName("suspension-reason");
            cell.add(reason);
        }
        return cell;
    }

    private String limitsText(PlanLimits limits) {
        return getTranslation("platform.tenants.limitsText", limits.maxCommunities(), limits.maxMembers(),
                limits.maxStaffSeats());
    }

    private void confirmSignOutEveryone(TenantSummary tenant) {
        Confirm.danger(getTranslation("sessions.tenant.confirm.title", tenant.name()),
                getTranslation("sessions.tenant.confirm.text"), getTranslation("sessions.tenant.signOut"), () -> {
                    int ended = platformTenants.signOutEveryone(tenant.id());
                    Notifications.success(getTranslation("sessions.tenant.signedOut", tenant.name(), ended));
                });
    }

    private void reactivate(TenantSummary tenant) {
        try {
            saved(tenantService.reactivate(tenant.id(), tenant.version()));
            Notifications.success(getTranslation("platform.tenants.reactivated", tenant.name()));
        } catch (ConcurrentEditException e) {
            StaleEdit.offerReload(this::refresh);
        }
    }

    private void saved(TenantSummary tenant) {
        refresh();
        grid.select(tenant);
    }

    private void refresh() {
        List<TenantSummary> tenants = tenantService.list();
        // Rows are matched by id, so the selection survives a reload that brings a newer version.
        grid.setItems(tenants).setIdentifierProvider(TenantSummary::id);
        grid.setVisible(!tenants.isEmpty());
        emptyState.setVisible(tenants.isEmpty());
        updateActions();
    }

    private void updateActions() {
        Optional<TenantSummary> tenant = selected();
        rename.setEnabled(tenant.isPresent());
        limits.setEnabled(tenant.isPresent());
        timeZone.setEnabled(tenant.isPresent());
        resetAccess.setEnabled(tenant.isPresent());
        signOutEveryone.setEnabled(tenant.isPresent());
        suspend.setEnabled(tenant.map(TenantSummary::active).orElse(false));
        reactivate.setEnabled(tenant.map(t -> !t.active()).orElse(false));
    }

    private Optional<TenantSummary> selected() {
        return grid.asSingleSelect().getOptionalValue();
    }

    private Button action(String id, String key, VaadinIcon icon) {
        Button button = new Button(getTranslation(key), icon.create());
        button.setId(id);
        button.setEnabled(false);
        return button;
    }
}
