package app.communityops.members.ui;

import app.communityops.community.CommunityNavigation;
import app.communityops.community.CommunityPage;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.members.HealthSegment;
import app.communityops.members.MemberDetails;
import app.communityops.members.MemberHealthService;
import app.communityops.members.MemberFields;
import app.communityops.members.MemberFilter;
import app.communityops.members.MemberHeaderCounts;
import app.communityops.members.MemberListService;
import app.communityops.members.MemberRow;
import app.communityops.members.MemberService;
import app.communityops.members.MembersPageLink;
import app.communityops.members.MemberSort;
import app.communityops.members.MemberSortField;
import app.communityops.members.MembersNavigation;
import app.communityops.members.MembershipQueryService;
import app.communityops.members.MembershipService;
import app.communityops.members.io.MemberIoNavigation;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The members grid of one community, the screen operators live in: lazy pages filtered and sorted in the database,
 * a side panel with the selected member, and bulk actions for staff. Client users read it without acting on it.
 *
 * <p>The grid's size is exact up to {@link MembershipQueryService#COUNT_CAP}; beyond that the screen says "10,000+"
 * and the grid grows as the user scrolls, instead of counting a whole large community on every refresh.
 */
@Route(MembersNavigation.COMMUNITY_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.CLIENT})
public class MembersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MembershipQueryService queries;
    private final MembershipService memberships;
    private final MemberHealthService health;
    private final MemberService members;
    private final MemberListService lists;
    private final CommunityService communities;
    private final List<MembersPageLink> pageLinks;
    private final boolean staff = !CurrentUser.require().hasRole(Roles.CLIENT);
    // Built afresh per community: the router reuses this view when only the community changes.
    private Grid<MemberRow> grid = new Grid<>();
    private Span counts = new Span();
    private Span matches = new Span();
    private Anchor export = new Anchor();
    private Span emptyText = new Span();
    private @Nullable CommunitySummary community;
    private @Nullable MemberFilterBar filters;
    private @Nullable MemberSidePanel panel;
    private @Nullable MemberBulkBar bulkBar;
    private MemberLookups lookups = MemberLookups.NONE;
    /** What the services let this user read of the community's members: the columns and panel follow it. */
    private MemberFields fields = MemberFields.NONE;
    private MemberFilter filter = MemberFilter.all(new UUID(0, 0));
    private MemberSort sort = MemberSort.BY_NAME;
    private ZoneId zone = ZoneOffset.UTC;
    private long matching;

    MembersView(MembershipQueryService queries, MembershipService memberships, MemberService members,
                MemberListService lists, CommunityService communities, List<MembersPageLink> pageLinks,
                MemberHealthService health) {
        this.health = health;
        this.queries = queries;
        this.pageLinks = List.copyOf(pageLinks);
        this.memberships = memberships;
        this.members = members;
        this.lists = lists;
        this.communities = communities;
        setId("members-view");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID id = CommunityPage.id(event);
        CommunitySummary shown = communities.find(id).orElseThrow(NotFoundException::new);
        this.community = shown;
        this.lookups = MemberLookups.load(lists);
        this.fields = queries.fields(shown.id());
        this.filter = MemberFilter.all(shown.id()).withZone(zone);
        removeAll();
        build(shown);
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        applyHealthParameters(parameters);
        event.getLocation().getQueryParameters().getSingleParameter(MembersNavigation.MEMBER_PARAMETER)
                .flatMap(MembersView::uuid)
                .filter(member -> memberships.find(member).filter(m -> m.communityId().equals(shown.id())).isPresent())
                .ifPresent(member -> {
                    if (panel != null) {
                        panel.show(member);
                    }
                });
    }

    /**
     * The health filters and order a link names ({@link MembersNavigation#segmentsPath}); values that are not
     * segments or scores are ignored, as a hand-edited address should not break the screen.
     */
    private void applyHealthParameters(Map<String, List<String>> parameters) {
        Set<HealthSegment> segments = parameters.getOrDefault(MembersNavigation.SEGMENT_PARAMETER, List.of()).stream()
                .flatMap(value -> Arrays.stream(HealthSegment.values()).filter(s -> s.name().equals(value)))
                .collect(Collectors.toSet());
        Integer from = score(parameters.get(MembersNavigation.SCORE_FROM_PARAMETER));
        Integer to = score(parameters.get(MembersNavigation.SCORE_TO_PARAMETER));
        if (filters != null && (!segments.isEmpty() || from != null || to != null)) {
            filters.showHealth(segments, from, to);
        }
        boolean byHealth = parameters.getOrDefault(MembersNavigation.SORT_PARAMETER, List.of())
                .contains(MemberSortField.HEALTH.parameter());
        Grid.Column<MemberRow> health = grid.getColumnByKey("health");
        if (byHealth && health != null) {
            grid.sort(GridSortOrder.asc(health).build());
        }
    }

    private static @Nullable Integer score(@Nullable List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            int value = Integer.parseInt(values.getFirst().strip());
            return value >= 0 && value <= 100 ? value : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return community == null ? getTranslation("members.title")
                : getTranslation("members.pageTitle", community.name());
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

    private void build(CommunitySummary shown) {
        grid = new Grid<>();
        counts = new Span();
        matches = new Span();
        export = new Anchor();
        emptyText = new Span();
        bulkBar = null;
        sort = MemberSort.BY_NAME;
        H2 title = new H2(shown.name());
        title.getStyle().set("margin", "0");
        Anchor back = new Anchor(CommunityNavigation.overviewPath(shown.id()), getTranslation("members.backToCommunity"));
        back.setId("members-back");
        counts.setId("members-header-counts");
        counts.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div header = new Div(title, counts, back);
        header.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "baseline")
                .set("gap", "var(--lumo-space-m)");

        filters = new MemberFilterBar(shown.id(), lookups, zone, fields, changed -> {
            filter = changed;
            refresh();
        });
        panel = new MemberSidePanel(memberships, health, lookups, staff, fields, zone, this::edit);
        configureGrid();
        Div body = new Div(grid, panel);
        body.setId("members-body");
        body.getStyle().set("display", "flex").set("width", "100%").set("flex", "1").set("min-height", "0");
        grid.getStyle().set("flex", "1").set("min-width", "0");
        grid.setHeightFull();
        add(header, filters, toolbar(shown));
        if (staff) {
            bulkBar = new MemberBulkBar(memberships, members, shown.id(), this::selectedIds, this::afterChange);
            add(bulkBar);
        }
        add(body);
        refreshCounts();
        refresh();
    }

    private Component toolbar(CommunitySummary shown) {
        matches.setId("members-matches");
        Div toolbar = new Div(matches);
        toolbar.addClassName("view-toolbar");
        toolbar.setId("members-toolbar");
        Div actions = new Div();
        actions.getStyle().set("margin-left", "auto").set("display", "flex").set("gap", "var(--lumo-space-s)")
                .set("flex-wrap", "wrap").set("align-items", "center");
        if (staff) {
            Button add = new Button(getTranslation("members.add"), VaadinIcon.PLUS.create(), event -> edit(null));
            add.setId("members-add");
            add.addThemeVariants(ButtonVariant.PRIMARY);
            Button importButton = new Button(getTranslation("members.import"), VaadinIcon.UPLOAD.create(),
                    event -> getUI().ifPresent(ui -> ui.navigate(MemberIoNavigation.importPath(shown.id()))));
            importButton.setId("members-import");
            actions.add(add, importButton);
            // Pages of features above members (the events import), declared by them as MembersPageLink beans.
            for (MembersPageLink link : pageLinks) {
                Anchor anchor = new Anchor(link.path().apply(shown.id()), getTranslation(link.textKey()));
                anchor.setId(link.elementId());
                actions.add(anchor);
            }
        }
        if (staff) {
            // The member export is staff's alone (decision 0021); client users get no link and no file.
            export.setId("members-export");
            export.setText(getTranslation("members.export"));
            export.setRouterIgnore(true);
            export.getElement().setAttribute("download", true);
            actions.add(export);
        }
        actions.add(MemberColumns.picker(grid));
        toolbar.add(actions);
        return toolbar;
    }

    private void configureGrid() {
        grid.setId("members-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setMultiSort(false);
        MemberColumns.addTo(grid, lookups, fields, () -> zone, getLocale());
        emptyText.setId("members-empty-text");
        grid.setEmptyStateComponent(emptyState());
        grid.setSelectionMode(staff ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
        grid.addItemClickListener(event -> {
            if (panel != null) {
                panel.show(event.getItem().membershipId());
            }
        });
        if (staff) {
            grid.addSelectionListener(event -> {
                if (bulkBar != null) {
                    bulkBar.selectionChanged(event.getAllSelectedItems().size());
                }
            });
        }
        grid.addSortListener(event -> {
            sort = event.getSortOrder().stream().findFirst()
                    .map(order -> sortOf(order.getSorted().getKey(), order.getDirection()))
                    .orElse(MemberSort.BY_NAME);
            updateExportLink();
        });
        grid.setItems(new CallbackDataProvider<MemberRow, Void>(this::fetch, query -> (int) matching,
                MemberRow::membershipId));
    }

    private Stream<MemberRow> fetch(Query<MemberRow, Void> query) {
        MemberSort requested = query.getSortOrders().stream().findFirst()
                .map(order -> sortOf(order.getSorted(), order.getDirection())).orElse(MemberSort.BY_NAME);
        return queries.page(filter, requested, query.getOffset(), query.getLimit()).stream();
    }

    private static MemberSort sortOf(@Nullable String property, SortDirection direction) {
        return MemberSortField.fromParameter(property == null ? "" : property)
                .map(field -> new MemberSort(field, direction == SortDirection.DESCENDING))
                .orElse(MemberSort.BY_NAME);
    }

    /** Counts once per filter change; past the cap the grid switches to growing as the user scrolls. */
    private void refresh() {
        matching = queries.count(filter);
        boolean capped = matching > MembershipQueryService.COUNT_CAP;
        matches.setText(capped
                ? getTranslation("members.matchesCapped", MemberLabels.count(getLocale(), MembershipQueryService.COUNT_CAP))
                : getTranslation("members.matches", MemberLabels.count(getLocale(), matching)));
        if (capped) {
            grid.getLazyDataView().setItemCountEstimate(MembershipQueryService.COUNT_CAP + 1);
            grid.getLazyDataView().setItemCountEstimateIncrease(MembershipQueryService.COUNT_CAP);
        } else {
            grid.getLazyDataView().setItemCountFromDataProvider();
        }
        boolean unfiltered = filter.equals(MemberFilter.all(filter.communityId()).withZone(filter.zone()));
        emptyText.setText(getTranslation(unfiltered ? (staff ? "members.empty.staff" : "members.empty.client")
                : "members.noMatch"));
        grid.getDataProvider().refreshAll();
        updateExportLink();
    }

    private void refreshCounts() {
        CommunitySummary shown = community;
        if (shown == null) {
            return;
        }
        MemberHeaderCounts header = queries.headerCounts(shown.id());
        counts.setText(getTranslation("members.header", MemberLabels.count(getLocale(), header.members()),
                MemberLabels.count(getLocale(), header.pendingReview())));
    }

    private void afterChange() {
        grid.deselectAll();
        refreshCounts();
        refresh();
        if (panel != null && panel.shown() != null) {
            panel.show(panel.shown());
        }
    }

    private void edit(@Nullable MemberDetails member) {
        CommunitySummary shown = community;
        if (shown != null) {
            new MemberFormDialog(members, lookups, shown.id(), member, this::afterChange).open();
        }
    }

    private Set<UUID> selectedIds() {
        return grid.getSelectedItems().stream().map(MemberRow::membershipId).collect(Collectors.toSet());
    }

    private void updateExportLink() {
        if (staff) {
            export.setHref(MemberExportLink.href(filter, sort));
        }
    }

    private Div emptyState() {
        var icon = VaadinIcon.USERS.create();
        icon.setSize("48px");
        icon.addClassName("empty-icon");
        Div empty = new Div(icon, emptyText);
        empty.setId("members-empty");
        empty.addClassName("empty-state");
        return empty;
    }

    private void useZone(@Nullable String zoneId) {
        try {
            zone = zoneId == null || zoneId.isBlank() ? ZoneOffset.UTC : ZoneId.of(zoneId);
        } catch (DateTimeException unknown) {
            zone = ZoneOffset.UTC;
        }
        if (filters != null && panel != null) {
            filters.useZone(zone);
            panel.useZone(zone);
            filter = filters.filter();
            refresh();
        }
    }
}
