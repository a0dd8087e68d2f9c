package app.communityops.widgets.fullcalendar;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * FullCalendar as a Vaadin component: the script comes from the WebJar, the calendar is created and fed from Java,
 * and the user's clicks, drags and navigation come back as listener calls.
 *
 * <p><b>Time zones.</b> FullCalendar without a time-zone plugin knows only the browser's zone and UTC, never a named
 * zone such as the tenant's. So the component converts every instant to the wall-clock time of {@link #setZone the
 * zone} in Java and hands FullCalendar naive local times, which the browser renders in "UTC" mode, i.e. exactly as
 * given. Times coming back (a drop, a click, the visible range) are naive wall-clock times again and are turned
 * into instants in the same zone here. The browser's own zone plays no part, so a user travelling abroad still
 * plans in the zone the calendar was set to, and daylight-saving changes are Java's {@link ZoneId} rules.
 */
public class FullCalendar extends Div {

    /** The views the component offers; FullCalendar's own names in brackets. */
    public enum View {
        MONTH("dayGridMonth"), WEEK("timeGridWeek"), LIST("listMonth");

        private final String code;

        View(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        static View of(String code) {
            for (View view : values()) {
                if (view.code.equals(code)) {
                    return view;
                }
            }
            return MONTH;
        }
    }

    /**
     * One event as FullCalendar shows it. {@code background} draws a shaded day or range behind the events (for
     * highlighting) instead of an entry; {@code colour} is any CSS colour, {@code classNames} extra CSS classes.
     */
    public record Event(String id, String title, Instant start, @Nullable Instant end, boolean allDay,
                        @Nullable String colour, List<String> classNames, boolean editable, boolean background) {

        public Event {
            classNames = List.copyOf(classNames);
        }

        public static Event of(String id, String title, Instant start, @Nullable Instant end, boolean allDay) {
            return new Event(id, title, start, end, allDay, null, List.of(), false, false);
        }

        /** A shaded whole day, behind the day's entries. */
        public static Event backgroundDay(String id, LocalDate day, ZoneId zone, String className) {
            return new Event(id, "", day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant(),
                    true, null, List.of(className), false, true);
        }
    }

    /** The user clicked an event. */
    public record EventClick(FullCalendar source, String eventId) {
    }

    /** The user clicked a day (month view) or a time slot (week view) outside any event. */
    public record DateClick(FullCalendar source, LocalDateTime wallClock, Instant instant, boolean allDay) {

        public LocalDate day() {
            return wallClock.toLocalDate();
        }
    }

    /** The user dragged an event to another time. The drop stands until a listener calls {@link #revert()}. */
    public record EventDrop(FullCalendar source, String eventId, LocalDateTime newWallClockStart, Instant newStart,
                            boolean allDay) {

        /** Puts the event back where it was, in the browser. */
        public void revert() {
            source.revert(eventId);
        }
    }

    /** The visible range changed (first render, previous/next, another view): the time to load events. */
    public record DatesSet(FullCalendar source, Instant start, Instant end, LocalDate firstDay, LocalDate endDay,
                           View view) {
    }

    private static final DateTimeFormatter WALL_CLOCK = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<SerializableConsumer<EventClick>> clickListeners = new CopyOnWriteArrayList<>();
    private final List<SerializableConsumer<DateClick>> dateListeners = new CopyOnWriteArrayList<>();
    private final List<SerializableConsumer<EventDrop>> dropListeners = new CopyOnWriteArrayList<>();
    private final List<SerializableConsumer<DatesSet>> rangeListeners = new CopyOnWriteArrayList<>();
    private View view = View.MONTH;
    private String locale = "en";
    private ZoneId zone = ZoneOffset.UTC;
    private @Nullable LocalDate date;
    private List<Event> events = List.of();

    public FullCalendar() {
        addClassName("full-calendar");
        getElement().addEventListener("fc-event-click", this::onEventClick).addEventData("event.detail");
        getElement().addEventListener("fc-date-click", this::onDateClick).addEventData("event.detail");
        getElement().addEventListener("fc-event-drop", this::onEventDrop).addEventData("event.detail");
        getElement().addEventListener("fc-dates-set", this::onDatesSet).addEventData("event.detail");
    }

    public View getView() {
        return view;
    }

    public void setView(View newView) {
        view = newView;
        run("this._fc && this._fc.changeView($0)", newView.code());
    }

    /** FullCalendar's language: Chinese (simplified) for {@code zh}, otherwise English. */
    public void setLocale(Locale uiLocale) {
        locale = "zh".equals(uiLocale.getLanguage()) ? "zh-cn" : "en";
        run("this._fc && this._fc.setOption('locale', $0)", locale);
    }

    public String getFullCalendarLocale() {
        return locale;
    }

    /** The zone whose wall clock the calendar shows; see the class comment. */
    public void setZone(ZoneId newZone) {
        zone = newZone;
    }

    public ZoneId getZone() {
        return zone;
    }

    /** Shows the range around {@code day}; navigation from there is the user's. */
    public void gotoDate(LocalDate day) {
        date = day;
        run("this._fc && this._fc.gotoDate($0)", day.toString());
    }

    public void setEvents(List<Event> newEvents) {
        events = List.copyOf(newEvents);
        run("this._fcEvents = JSON.parse($0); if (this._fc) { this._fc.removeAllEventSources();"
                + " this._fc.addEventSource(this._fcEvents); } this.removeAttribute('loading');", eventsJson());
    }

    public List<Event> getEvents() {
        return events;
    }

    public Registration addEventClickListener(SerializableConsumer<EventClick> listener) {
        return register(clickListeners, listener);
    }

    public Registration addDateClickListener(SerializableConsumer<DateClick> listener) {
        return register(dateListeners, listener);
    }

    /** Makes events draggable (those marked {@code editable}) and reports each drop. */
    public Registration addEventDropListener(SerializableConsumer<EventDrop> listener) {
        return register(dropListeners, listener);
    }

    public Registration addDatesSetListener(SerializableConsumer<DatesSet> listener) {
        return register(rangeListeners, listener);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // Page dependencies load in order and before any executeJs of the same response runs.
        attachEvent.getUI().getPage().addJavaScript(WebJarScripts.path("fullcalendar", "index.global.min.js"));
        attachEvent.getUI().getPage().addJavaScript(WebJarScripts.path("fullcalendar__core", "locales-all.global.min.js"));
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("view", view.code());
        options.put("locale", locale);
        options.put("date", date == null ? null : date.toString());
        // "Today" is today in the calendar's zone, not in the browser's.
        options.put("now", WALL_CLOCK.format(LocalDateTime.now(zone)));
        getElement().executeJs(Scripts.INIT, JSON.writeValueAsString(options), eventsJson());
    }

    private void run(String script, Object argument) {
        if (isAttached()) {
            getElement().executeJs(script, argument);
        }
    }

    private void revert(String eventId) {
        run("const undo = this._fcReverts && this._fcReverts[$0]; if (undo) { undo(); delete this._fcReverts[$0]; }",
                eventId);
    }

    private String eventsJson() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Event event : events) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", event.id());
            json.put("title", event.title());
            json.put("start", format(event.start(), event.allDay()));
            if (event.end() != null) {
                json.put("end", format(event.end(), event.allDay()));
            }
            json.put("allDay", event.allDay());
            if (event.colour() != null) {
                json.put("color", event.colour());
            }
            json.put("classNames", event.classNames());
            // Moving only: a drag keeps the duration, nothing is resized.
            json.put("startEditable", event.editable());
            json.put("durationEditable", false);
            if (event.background()) {
                json.put("display", "background");
            }
            list.add(json);
        }
        return JSON.writeValueAsString(list);
    }

    private String format(Instant instant, boolean allDay) {
        LocalDateTime wallClock = LocalDateTime.ofInstant(instant, zone);
        return allDay ? wallClock.toLocalDate().toString() : WALL_CLOCK.format(wallClock);
    }

    private LocalDateTime wallClock(String text) {
        return text.length() == 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text);
    }

    private Instant instant(LocalDateTime wallClock) {
        return wallClock.atZone(zone).toInstant();
    }

    private void onEventClick(DomEvent event) {
        String id = detail(event).get("id").asString();
        clickListeners.forEach(listener -> listener.accept(new EventClick(this, id)));
    }

    private void onDateClick(DomEvent event) {
        JsonNode detail = detail(event);
        LocalDateTime at = wallClock(detail.get("date").asString());
        DateClick click = new DateClick(this, at, instant(at), detail.get("allDay").asBoolean());
        dateListeners.forEach(listener -> listener.accept(click));
    }

    private void onEventDrop(DomEvent event) {
        JsonNode detail = detail(event);
        LocalDateTime start = wallClock(detail.get("start").asString());
        EventDrop drop = new EventDrop(this, detail.get("id").asString(), start, instant(start),
                detail.get("allDay").asBoolean());
        dropListeners.forEach(listener -> listener.accept(drop));
    }

    private void onDatesSet(DomEvent event) {
        JsonNode detail = detail(event);
        LocalDateTime start = wallClock(detail.get("start").asString());
        LocalDateTime end = wallClock(detail.get("end").asString());
        view = View.of(detail.get("view").asString());
        DatesSet range = new DatesSet(this, instant(start), instant(end), start.toLocalDate(), end.toLocalDate(), view);
        rangeListeners.forEach(listener -> listener.accept(range));
    }

    private static JsonNode detail(DomEvent event) {
        return Objects.requireNonNull(event.getEventData().get("event.detail"), "event.detail");
    }

    private static <T> Registration register(List<T> listeners, T listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
