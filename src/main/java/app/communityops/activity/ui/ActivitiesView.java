package app.communityops.activity.ui;

import app.communityops.activity.ActivityFilter;
import app.communityops.activity.ActivityForm;
import app.communityops.activity.ActivityNavigation;
import app.communityops.activity.ActivityService;
import app.communityops.activity.ActivityStatus;
import app.communityops.activity.ActivitySummary;
import app.communityops.activity.ActivityTypeService;
import app.communityops.activity.ActivityTypeSummary;
import app.communityops.community.CommunityPage;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.members.MembershipQueryService;
import app.communityops.security.AccountService;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import app.communityops.shared.ui.Notifications;
import app.communityops.tenancy.TenantZone;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A community's activities: upcoming first, or past, filtered by status and type. Staff create and edit here
 * (the calendar opens {@code ?new=YYYY-MM-DD} to create on a day); clients read.
 */
@Route(ActivityNavigation.LIST_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.CLIENT})
class ActivitiesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ActivityService activities;
    private final ActivityTypeService types;
    private final CommunityService communities;
    private final AccountService accounts;
    private final MembershipQueryService memberQueries;
    private final TenantZone zones;
    private final Grid<ActivitySummary> grid = new Grid<>();
    private final Select<ActivityFilter.When> when = new Select<>();
    private final MultiSelectComboBox<ActivityStatus> statuses = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<UUID> typeFilter = new MultiSelectComboBox<>();
    // Set in beforeEnter, which Vaadin's router runs before the view is attached or asked for its title.
    @SuppressWarnings("NullAway.Init")
    private CommunitySummary community;
    private Map<UUID, ActivityTypeSummary> typeById = Map.of();
    private ZoneId zone = ZoneId.of("UTC");

    ActivitiesView(ActivityService activities, ActivityTypeService types, CommunityService communities,
                   AccountService accounts, MembershipQueryService memberQueries, TenantZone zones) {
        this.activities = activities;
        this.types = types;
        this.communities = communities;
        this.accounts = accounts;
        this.memberQueries = memberQueries;
        this.zones = zones;
        setId("activities");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID id = CommunityPage.id(event);
        community = communities.find(id).orElseThrow(NotFoundException::new);
        zone = zones.current();
        typeById = types.all().stream().collect(Collectors.toMap(ActivityTypeSummary::id, Function.identity()));
        removeAll();
        build();
        refresh();
        Optional<LocalDate> day = event.getLocation().getQueryParameters().getSingleParameter("new")
                .flatMap(ActivitiesView::parseDay);
        if (staff() && day.isPresent()) {
            openNew(day.get());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activity.list.title");
    }

    private void build() {
        H2 title = new H2(getTranslation("activity.list.heading", community.name()));
        title.getStyle().set("margin", "0").set("flex", "1");
        HorizontalLayout header = new HorizontalLayout(title);
        header.setWidthFull();
        header.setAlignItems(Alignment.CENTER);
        if (staff()) {
            Button add = new Button(getTranslation("activity.list.new"), VaadinIcon.PLUS.create(),
                    e -> openNew(LocalDate.now(zone).plusDays(1)));
            add.setId("new-activity");
            add.addThemeVariants(ButtonVariant.PRIMARY);
            header.add(add);
        }
        when.setId("activity-filter-when");
        when.setLabel(getTranslation("activity.filter.when"));
        when.setItems(ActivityFilter.When.values());
        when.setItemLabelGenerator(w -> getTranslation("activity.filter." + w.name()));
        when.setValue(ActivityFilter.When.UPCOMING);
        statuses.setId("activity-filter-status");
        statuses.setLabel(getTranslation("activity.filter.status"));
        statuses.setItems(ActivityStatus.values());
        statuses.setItemLabelGenerator(s -> getTranslation("activity.status." + s.name()));
        typeFilter.setId("activity-filter-type");
        typeFilter.setLabel(getTranslation("activity.filter.type"));
        typeFilter.setItems(List.copyOf(typeById.keySet()));
        typeFilter.setItemLabelGenerator(t -> ActivityLabels.typeName(this, typeById, t));
        when.addValueChangeListener(e -> refresh());
        statuses.addValueChangeListener(e -> refresh());
        typeFilter.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(when, statuses, typeFilter);
        filters.setAlignItems(Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        configureGrid();
        add(header, new Span(getTranslation("activity.list.zone", zone.getId())), filters, grid);
    }

    private void configureGrid() {
        grid.setId("activities-grid");
        grid.setSizeFull();
        grid.addColumn(a -> ActivityLabels.when(a.start(), a.end(), zone, getLocale()))
                .setHeader(getTranslation("activity.column.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(a -> {
            Anchor link = new Anchor(ActivityNavigation.detailPath(a.communityId(), a.id()), a.title());
            link.setId("open-activity-" + a.id());
            if (a.recurring()) {
                var icon = VaadinIcon.REFRESH.create();
                icon.setSize("0.8em");
                icon.setTooltipText(getTranslation("activity.list.recurring"));
                return new Span(link, new Span(" "), icon);
            }
            return link;
        }).setHeader(getTranslation("activity.column.title")).setFlexGrow(1);
        grid.addColumn(a -> ActivityLabels.typeName(this, typeById, a.typeId()))
                .setHeader(getTranslation("activity.column.type")).setAutoWidth(true);
        grid.addComponentColumn(a -> ActivityLabels.status(this, a.status()))
                .setHeader(getTranslation("activity.column.status")).setAutoWidth(true);
        grid.addColumn(a -> a.hostName() == null ? getTranslation("activity.host." + a.hostKind().name())
                : a.hostName()).setHeader(getTranslation("activity.column.host")).setAutoWidth(true);
        grid.addColumn(a -> ActivityLabels.attendance(this, a))
                .setHeader(getTranslation("activity.column.attendance")).setAutoWidth(true);
        if (staff()) {
            grid.addComponentColumn(a -> {
                Button edit = new Button(VaadinIcon.EDIT.create(), e -> openEdit(a));
                edit.setId("edit-activity-" + a.id());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                edit.setAriaLabel(getTranslation("action.edit") + " " + a.title());
                return edit;
            }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        var icon = VaadinIcon.CALENDAR_USER.create();
        icon.setSize("48px");
        icon.addClassName("empty-icon");
        Div empty = new Div(icon, new Span(getTranslation("activity.list.empty")));
        empty.setId("activities-empty");
        empty.addClassName("empty-state");
        grid.setEmptyStateComponent(empty);
    }

    private void openNew(LocalDate day) {
        ActivityForm form = new ActivityForm();
        form.setStart(day.atTime(LocalTime.of(19, 0)));
        form.setEnd(day.atTime(LocalTime.of(20, 0)));
        form.setHostUserId(CurrentUser.require().userId());
        List<ActivityTypeSummary> active = types.types();
        if (!active.isEmpty()) {
            form.setTypeId(active.getFirst().id());
        }
        dialog(null, form);
    }

    private void openEdit(ActivitySummary activity) {
        dialog(activity, activities.formFor(activity.id()));
    }

    private void dialog(@Nullable ActivitySummary editing, ActivityForm form) {
        new ActivityFormDialog(activities, accounts, memberQueries, types.types(), community.id(), editing, form,
                saved -> {
                    Notifications.success(getTranslation("activity.saved"));
                    refresh();
                }).open();
    }

    private void refresh() {
        ActivityFilter filter = new ActivityFilter(when.getValue() == null ? ActivityFilter.When.ALL
                : when.getValue(), statuses.getValue(), typeFilter.getValue());
        grid.setItems(activities.list(community.id(), filter));
    }

    private static boolean staff() {
        return !CurrentUser.require().hasRole(Roles.CLIENT);
    }

    private static Optional<LocalDate> parseDay(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

}
