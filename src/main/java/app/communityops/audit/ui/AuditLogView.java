package app.communityops.audit.ui;

import app.communityops.audit.AuditAction;
import app.communityops.audit.AuditLog;
import app.communityops.audit.AuditNavigation;
import app.communityops.audit.AuditQuery;
import app.communityops.audit.AuditRecord;
import app.communityops.shared.Roles;
import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavGroup;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Who changed what in the tenant, newest first. The grid pages through the log on the server: the log grows
 * without bound, so nothing here ever loads all of it.
 */
@Route(AuditNavigation.LOG_ROUTE)
@RolesAllowed(Roles.TENANT_ADMIN)
@Menu(title = "audit.menu", order = 90, icon = "RECORDS")
@NavGroup(NavArea.ADMINISTRATION)
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final int SHORT_ID = 8;

    private final AuditLog auditLog;
    private final FeatureBundlesI18NProvider i18n;
    private final TextField user = new TextField();
    private final Select<String> entity = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditRecord> grid = new Grid<>();
    private ZoneId zone = ZoneOffset.UTC;
    private AuditQuery filter = AuditQuery.ALL;

    AuditLogView(AuditLog auditLog, FeatureBundlesI18NProvider i18n) {
        this.auditLog = auditLog;
        this.i18n = i18n;
        setSizeFull();
        add(filters(), grid());
        grid.setItems(query -> auditLog.search(filter, query.getOffset(), query.getLimit()).stream(),
                query -> auditLog.count(filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        ExtendedClientDetails details = event.getUI().getPage().getExtendedClientDetails();
        if (details != null) {
            useZone(details.getTimeZoneId());
        } else {
            event.getUI().getPage().retrieveExtendedClientDetails(received -> useZone(received.getTimeZoneId()));
        }
    }

    private Div filters() {
        user.setId("audit-filter-user");
        user.setLabel(getTranslation("audit.filter.user"));
        user.setPlaceholder(getTranslation("audit.filter.userPlaceholder"));
        user.setClearButtonVisible(true);
        user.setValueChangeMode(ValueChangeMode.LAZY);
        user.addValueChangeListener(event -> applyFilters());

        entity.setId("audit-filter-entity");
        entity.setLabel(getTranslation("audit.filter.entity"));
        entity.setItems(auditLog.entityTypes());
        entity.setEmptySelectionAllowed(true);
        entity.setEmptySelectionCaption(getTranslation("audit.filter.allEntities"));
        entity.setItemLabelGenerator(type -> type == null ? getTranslation("audit.filter.allEntities") : entityName(type));
        entity.addValueChangeListener(event -> applyFilters());

        from.setId("audit-filter-from");
        from.setLabel(getTranslation("audit.filter.from"));
        from.setClearButtonVisible(true);
        from.addValueChangeListener(event -> applyFilters());
        to.setId("audit-filter-to");
        to.setLabel(getTranslation("audit.filter.to"));
        to.setClearButtonVisible(true);
        to.addValueChangeListener(event -> applyFilters());

        Button clear = new Button(getTranslation("action.clearFilters"), event -> {
            user.clear();
            entity.clear();
            from.clear();
            to.clear();
        });
        clear.setId("audit-clear-filters");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Div toolbar = new Div(user, entity, from, to, clear);
        toolbar.addClassName("view-toolbar");
        return toolbar;
    }

    private Grid<AuditRecord> grid() {
        grid.setId("audit-grid");
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(record -> TIME.format(record.occurredAt().atZone(zone)))
                .setKey("time").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(record -> record.actorEmail() == null ? "" : record.actorEmail())
                .setKey("user").setHeader(getTranslation("audit.column.user")).setAutoWidth(true);
        grid.addColumn(record -> roleName(record.actorRole()))
                .setKey("role").setHeader(getTranslation("audit.column.role")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(record -> actionBadge(record.action())))
                .setKey("action").setHeader(getTranslation("audit.column.action")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(record -> entityName(record.entityType()))
                .setKey("entity").setHeader(getTranslation("audit.column.entity")).setAutoWidth(true);
        grid.addColumn(record -> shortId(record.entityId()))
                .setKey("entityId").setHeader(getTranslation("audit.column.entityId")).setAutoWidth(true)
                .setFlexGrow(0).setTooltipGenerator(record -> record.entityId() == null ? "" : record.entityId());
        grid.addColumn(record -> ChangesText.compact(record.changes()))
                .setKey("changes").setHeader(getTranslation("audit.column.changes")).setFlexGrow(1)
                .setTooltipGenerator(record -> ChangesText.pretty(record.changes()));
        // The full JSON, for entries whose changes do not fit the cell.
        grid.setItemDetailsRenderer(new ComponentRenderer<>(record -> {
            Pre json = new Pre(ChangesText.pretty(record.changes()));
            json.addClassName("audit-json");
            return json;
        }));
        grid.setEmptyStateComponent(emptyState());
        showZone();
        return grid;
    }

    private Div emptyState() {
        var icon = VaadinIcon.RECORDS.create();
        icon.setSize("48px");
        icon.addClassName("empty-icon");
        Div empty = new Div(icon, new Span(getTranslation("audit.empty")));
        empty.setId("audit-empty");
        empty.addClassName("empty-state");
        return empty;
    }

    private void applyFilters() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        boolean ordered = start == null || end == null || !start.isAfter(end);
        to.setInvalid(!ordered);
        to.setErrorMessage(ordered ? null : getTranslation("audit.error.dateOrder"));
        to.setMin(start);
        from.setMax(end);
        if (ordered) {
            filter = new AuditQuery(user.getValue(), entity.getValue(), start, end, zone);
            grid.getDataProvider().refreshAll();
        }
    }

    private void useZone(@Nullable String zoneId) {
        try {
            zone = zoneId == null || zoneId.isBlank() ? ZoneOffset.UTC : ZoneId.of(zoneId);
        } catch (DateTimeException unknown) {
            zone = ZoneOffset.UTC;
        }
        showZone();
        applyFilters();
    }

    private void showZone() {
        grid.getColumnByKey("time").setHeader(getTranslation("audit.column.time", zone.getId()));
    }

    private Span actionBadge(AuditAction action) {
        Span badge = new Span(getTranslation("audit.action." + action.name()));
        badge.addClassName("status-badge");
        switch (action) {
            case CREATE -> badge.addClassName("success");
            case DELETE -> badge.addClassName("error");
            case ACCESS -> badge.addClassName("contrast");
            case UPDATE -> badge.addClassName("audit-update");
        }
        return badge;
    }

    private String roleName(@Nullable String role) {
        return role == null ? getTranslation("audit.role.system") : translatedOr("audit.role." + role, role);
    }

    private String entityName(String type) {
        return translatedOr("audit.entity." + type, type);
    }

    /** Entity types come from every feature; one without a translation shows its code name. */
    private String translatedOr(String key, String fallback) {
        return i18n.keys(getLocale()).containsKey(key) ? getTranslation(key) : fallback;
    }

    private static String shortId(@Nullable String id) {
        return id == null ? "" : id.length() <= SHORT_ID ? id : id.substring(0, SHORT_ID) + "…";
    }
}
