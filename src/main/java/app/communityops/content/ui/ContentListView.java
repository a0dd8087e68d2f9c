package app.communityops.content.ui;

import app.communityops.community.CommunityPage;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.content.ContentDetails;
import app.communityops.content.ContentFilter;
import app.communityops.content.ContentKind;
import app.communityops.content.ContentNavigation;
import app.communityops.content.ContentService;
import app.communityops.content.ContentStatus;
import app.communityops.content.io.ContentIoNavigation;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import app.communityops.tenancy.TenantZone;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A community's content items, filtered by status and kind, with the workflow's moves on each row. The calendar
 * opens it with {@code ?new=YYYY-MM-DD} to create an item planned for that day.
 */
@Route(ContentNavigation.LIST_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.CLIENT})
class ContentListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Planned items default to the morning of the chosen day, when community posts are read most. */
    static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

    private final CommunityService communities;
    private final ContentService content;
    private final TenantZone zones;
    private final Grid<ContentDetails> grid = new Grid<>();
    private final MultiSelectComboBox<ContentStatus> statusFilter = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<ContentKind> kindFilter = new MultiSelectComboBox<>();
    private final Div empty = new Div();
    private @Nullable CommunitySummary community;
    private boolean staff;
    private ZoneId zone = ZoneId.of("UTC");

    ContentListView(CommunityService communities, ContentService content, TenantZone zones) {
        this.communities = communities;
        this.content = content;
        this.zones = zones;
        setId("content-list");
        setSizeFull();
        configureFilters();
        configureEmpty();
        grid.setId("content-grid");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        community = CommunityPage.readable(event, communities);
        staff = !CurrentUser.require().hasRole(Roles.CLIENT);
        zone = zones.current();
        removeAll();
        configureGrid();
        add(toolbar(community), grid, empty);
        grid.setItems(query -> content.list(id(), filter(), query.getOffset(), query.getLimit()).stream(),
                query -> content.count(id(), filter()));
        refresh();
        if (staff) {
            newDay(event).ifPresent(day -> openForm(null, day.atTime(DEFAULT_TIME)));
        }
    }

    @Override
    public String getPageTitle() {
        return community == null ? getTranslation("content.title")
                : getTranslation("content.titleOf", community.name());
    }

    private static Optional<LocalDate> newDay(BeforeEnterEvent event) {
        return event.getLocation().getQueryParameters().getSingleParameter("new").flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    private Component toolbar(CommunitySummary shown) {
        Anchor rulebook = new Anchor(ContentNavigation.rulebookPath(shown.id()), getTranslation("rulebook.title"));
        rulebook.setId("content-rulebook-link");
        Div toolbar = new Div(statusFilter, kindFilter, rulebook);
        if (staff) {
            Button create = new Button(getTranslation("content.new"), VaadinIcon.PLUS.create(),
                    event -> openForm(null, null));
            create.setId("content-new");
            create.addThemeVariants(ButtonVariant.PRIMARY);
            Anchor importEngagement = new Anchor(ContentIoNavigation.importPath(shown.id()),
                    getTranslation("content.io.open"));
            importEngagement.setId("content-import-engagement");
            toolbar.add(create, importEngagement);
        }
        toolbar.addClassName("view-toolbar");
        toolbar.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("align-items", "baseline")
                .set("flex-wrap", "wrap");
        return toolbar;
    }

    private void configureFilters() {
        statusFilter.setId("content-status-filter");
        statusFilter.setLabel(getTranslation("content.filter.status"));
        statusFilter.setItems(ContentStatus.values());
        statusFilter.setItemLabelGenerator(status -> ContentLabels.status(this, status));
        statusFilter.addValueChangeListener(event -> refresh());
        kindFilter.setId("content-kind-filter");
        kindFilter.setLabel(getTranslation("content.filter.kind"));
        kindFilter.setItems(ContentKind.values());
        kindFilter.setItemLabelGenerator(kind -> ContentLabels.kind(this, kind));
        kindFilter.addValueChangeListener(event -> refresh());
    }

    private void configureGrid() {
        grid.removeAllColumns();
        // The title is what people scan for, so it gets the room.
        grid.addComponentColumn(this::titleLink).setKey("title").setHeader(getTranslation("content.field.title"))
                .setWidth("16rem").setFlexGrow(3);
        grid.addColumn(item -> ContentLabels.kind(this, item.kind()) + " · " + ContentLabels.category(this,
                item.category())).setKey("category").setHeader(getTranslation("content.field.category"))
                .setWidth("11rem").setFlexGrow(1);
        grid.addComponentColumn(item -> ContentLabels.badge(this, item.status())).setKey("status")
                .setHeader(getTranslation("content.field.status")).setAutoWidth(true);
        grid.addColumn(item -> ContentLabels.dateTime(item.publishAt(), zone)).setKey("publishAt")
                .setHeader(getTranslation("content.field.publishAt")).setAutoWidth(true);
        grid.addColumn(item -> Objects.requireNonNullElse(item.authorName(), "")).setKey("author")
                .setHeader(getTranslation("content.field.author")).setWidth("9rem").setFlexGrow(0);
        if (staff) {
            grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
    }

    private Component titleLink(ContentDetails item) {
        Anchor link = new Anchor(ContentNavigation.detailPath(id(), item.id()), item.title());
        link.setId("content-link-" + item.id());
        return link;
    }

    private Component actions(ContentDetails item) {
        Div actions = new Div();
        actions.getStyle().set("display", "flex").set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        if (item.status() != ContentStatus.ARCHIVED) {
            Button edit = new Button(VaadinIcon.EDIT.create(), event -> openForm(item, null));
            edit.setId("content-edit-" + item.id());
            edit.setAriaLabel(getTranslation("action.edit"));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(edit);
        }
        actions.add(new StatusActions(content, item, this::refresh));
        return actions;
    }

    private void openForm(@Nullable ContentDetails item, @Nullable LocalDateTime time) {
        new ContentFormDialog(content, zone, communities.visible(), id(), item, time, this::refresh).open();
    }

    private void configureEmpty() {
        empty.setId("content-empty");
        empty.addClassName("empty-state");
        var icon = VaadinIcon.FILE_TEXT_O.create();
        icon.setSize("48px");
        icon.addClassName("empty-icon");
        empty.add(icon, new Span(getTranslation("content.empty")));
    }

    private ContentFilter filter() {
        return new ContentFilter(statusFilter.getValue(), kindFilter.getValue());
    }

    private void refresh() {
        if (community == null) {
            return;
        }
        boolean none = content.count(id(), filter()) == 0;
        grid.getDataProvider().refreshAll();
        grid.setVisible(!none);
        empty.setVisible(none);
    }

    private UUID id() {
        return Objects.requireNonNull(community).id();
    }
}
