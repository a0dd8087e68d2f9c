package app.communityops.calendar.ui;

import app.communityops.calendar.CalendarAction;
import app.communityops.calendar.CalendarEntry;
import app.communityops.calendar.CalendarQuery;
import app.communityops.calendar.CalendarService;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.Notifications;
import app.communityops.shared.ui.StaleEdit;
import app.communityops.widgets.fullcalendar.FullCalendar;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The calendar itself, for one community or for all the user sees: entries of every source, filters, legend,
 * planning gaps, drag to reschedule with undo, click to open, click an empty day to create.
 */
class CalendarScreen extends VerticalLayout {

    private final CalendarService calendarService;
    private final FullCalendar calendar = new FullCalendar();
    private final MultiSelectComboBox<CommunitySummary> communityFilter = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> kindFilter = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> statusFilter = new MultiSelectComboBox<>();
    private final Legend legend = new Legend();
    private final GapsPanel gaps;
    private final Span empty = new Span();
    private final Map<String, CalendarEntry> shown = new LinkedHashMap<>();
    private final Map<String, String> kindLabels = new TreeMap<>();
    private final Map<String, String> statusLabels = new TreeMap<>();
    private final boolean staff;
    private final ZoneId zone;
    private @Nullable Instant rangeStart;
    private @Nullable Instant rangeEnd;
    private boolean refillingFilters;

    CalendarScreen(CalendarService calendarService, ZoneId zone, CommunityService communities,
                   @Nullable CommunitySummary only) {
        this.calendarService = calendarService;
        this.staff = CurrentUser.require().hasRole(Roles.TENANT_ADMIN) || CurrentUser.require().hasRole(Roles.OPERATOR);
        this.zone = zone;
        setId("calendar-screen");
        setPadding(false);
        setWidthFull();

        List<CommunitySummary> visible = only == null ? communities.visible() : List.of(only);
        communityFilter.setId("calendar-communities");
        communityFilter.setLabel(getTranslation("calendar.filter.communities"));
        communityFilter.setItems(visible);
        communityFilter.setItemLabelGenerator(CommunitySummary::name);
        communityFilter.setValue(Set.copyOf(visible));
        communityFilter.setVisible(only == null);
        communityFilter.addValueChangeListener(event -> reload());
        configure(kindFilter, "calendar-kinds", "calendar.filter.kinds", kindLabels);
        configure(statusFilter, "calendar-statuses", "calendar.filter.statuses", statusLabels);
        Div filters = new Div(communityFilter, kindFilter, statusFilter);
        filters.addClassName("calendar-filters");
        filters.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");

        gaps = new GapsPanel(zone);
        empty.setId("calendar-empty");
        empty.setText(getTranslation("calendar.empty"));
        empty.addClassName("calendar-empty");
        empty.setVisible(false);

        calendar.setId("calendar");
        calendar.setWidthFull();
        calendar.setZone(zone);
        calendar.setLocale(UI.getCurrent().getLocale());
        calendar.addDatesSetListener(range -> {
            rangeStart = range.start();
            rangeEnd = range.end();
            reload();
        });
        calendar.addEventClickListener(click -> {
            CalendarEntry entry = shown.get(click.eventId());
            if (entry != null) {
                open(entry.href());
            }
        });
        calendar.addEventDropListener(this::moved);
        calendar.addDateClickListener(click -> create(click.day()));
        add(filters, legend, gaps, empty, calendar);
    }

    FullCalendar calendar() {
        return calendar;
    }

    private void configure(MultiSelectComboBox<String> filter, String id, String labelKey, Map<String, String> labels) {
        filter.setId(id);
        filter.setLabel(getTranslation(labelKey));
        filter.setItemLabelGenerator(key -> labels.getOrDefault(key, key));
        filter.addValueChangeListener(event -> {
            if (!refillingFilters) {
                show();
            }
        });
    }

    /** Loads the visible range again from the sources. */
    void reload() {
        Set<UUID> communityIds = selectedCommunities();
        gaps.show(calendarService.gaps(communityIds, LocalDate.now(zone)), communityFilter.getValue());
        if (rangeStart == null || rangeEnd == null) {
            return;
        }
        List<CalendarEntry> entries = calendarService.entries(
                new CalendarQuery(communityIds, rangeStart, rangeEnd, Set.of(), Set.of()));
        shown.clear();
        for (CalendarEntry entry : entries) {
            shown.put(entry.source() + ":" + entry.id(), entry);
            kindLabels.put(entry.category(), getTranslation(entry.categoryLabelKey()));
            statusLabels.put(entry.status(), getTranslation(entry.statusLabelKey()));
        }
        Set<String> kinds = Set.copyOf(kindFilter.getValue());
        Set<String> statuses = Set.copyOf(statusFilter.getValue());
        refillingFilters = true;
        try {
            kindFilter.setItems(List.copyOf(kindLabels.keySet()));
            statusFilter.setItems(List.copyOf(statusLabels.keySet()));
            kindFilter.setValue(kinds.stream().filter(kindLabels::containsKey).collect(Collectors.toSet()));
            statusFilter.setValue(statuses.stream().filter(statusLabels::containsKey).collect(Collectors.toSet()));
        } finally {
            refillingFilters = false;
        }
        show();
    }

    /** Puts the loaded entries that pass the kind and status filters on the calendar. */
    private void show() {
        Set<String> kinds = kindFilter.getValue();
        Set<String> statuses = statusFilter.getValue();
        List<FullCalendar.Event> events = new ArrayList<>();
        Map<String, String> legendEntries = new TreeMap<>();
        for (Map.Entry<String, CalendarEntry> item : shown.entrySet()) {
            CalendarEntry entry = item.getValue();
            if ((!kinds.isEmpty() && !kinds.contains(entry.category()))
                    || (!statuses.isEmpty() && !statuses.contains(entry.status()))) {
                continue;
            }
            legendEntries.put(entry.category(), kindLabels.get(entry.category()));
            events.add(new FullCalendar.Event(item.getKey(), entry.title(), entry.start(), entry.end(), entry.allDay(),
                    CategoryColours.of(entry.category()), List.of("calendar-entry", "status-" + entry.status()),
                    staff && entry.movable(), false));
        }
        empty.setVisible(events.isEmpty());
        legend.show(legendEntries);
        events.addAll(gaps.backgroundEvents());
        calendar.setEvents(events);
    }

    private Set<UUID> selectedCommunities() {
        return communityFilter.getValue().stream().map(CommunitySummary::id).collect(Collectors.toSet());
    }

    private void moved(FullCalendar.EventDrop drop) {
        CalendarEntry entry = shown.get(drop.eventId());
        if (entry == null || !staff) {
            drop.revert();
            return;
        }
        try {
            CalendarEntry moved = calendarService.move(entry.source(), entry.id(), entry.version(), drop.newStart());
            reload();
            offerUndo(moved, entry.start());
        } catch (ConcurrentEditException e) {
            drop.revert();
            StaleEdit.offerReload(this::reload);
        } catch (UserFacingException refusal) {
            drop.revert();
            Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
    }

    private void offerUndo(CalendarEntry moved, Instant previousStart) {
        UndoNotification.show(getTranslation("calendar.moved", moved.title()), getTranslation("calendar.undo"), () -> {
            try {
                calendarService.move(moved.source(), moved.id(), moved.version(), previousStart);
                reload();
            } catch (ConcurrentEditException e) {
                StaleEdit.offerReload(this::reload);
            } catch (UserFacingException refusal) {
                Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
            }
        });
    }

    private void create(LocalDate day) {
        if (!staff) {
            return;
        }
        List<CommunitySummary> targets = List.copyOf(communityFilter.getValue());
        List<Map.Entry<String, CalendarAction>> choices = new ArrayList<>();
        for (CommunitySummary community : targets) {
            for (CalendarAction action : calendarService.createActions(community.id(), day)) {
                String label = getTranslation(action.labelKey());
                choices.add(Map.entry(targets.size() > 1 ? label + " · " + community.name() : label, action));
            }
        }
        if (choices.size() == 1) {
            open(choices.getFirst().getValue().href());
        } else if (choices.size() > 1) {
            Dialog menu = new Dialog();
            menu.setId("calendar-create-menu");
            menu.setHeaderTitle(getTranslation("calendar.create.title", day.toString()));
            VerticalLayout buttons = new VerticalLayout();
            buttons.setPadding(false);
            int index = 0;
            for (Map.Entry<String, CalendarAction> choice : choices) {
                Button button = new Button(choice.getKey(), event -> {
                    menu.close();
                    open(choice.getValue().href());
                });
                button.setId("calendar-create-" + index++);
                button.setWidthFull();
                buttons.add(button);
            }
            menu.add(buttons);
            menu.getFooter().add(new Button(getTranslation("action.cancel"), event -> menu.close()));
            menu.open();
        }
    }

    /** Sources link to their own routes, some with a query (a form opened on a day), which navigate(String) refuses. */
    private static void open(String href) {
        int query = href.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(href);
        } else {
            UI.getCurrent().navigate(href.substring(0, query), QueryParameters.fromString(href.substring(query + 1)));
        }
    }
}
