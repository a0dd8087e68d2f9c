package app.communityops.widgets.fullcalendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The wrapper on its own: events in, user actions out, wall clocks in the calendar's zone. */
class FullCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private FullCalendar calendar;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        calendar = new FullCalendar();
        calendar.setZone(BERLIN);
        UI.getCurrent().add(calendar);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void keepsTheEventsItWasGiven() {
        FullCalendar.Event meetup = FullCalendar.Event.of("a", "Meetup", Instant.parse("2026-11-25T18:00:00Z"),
                Instant.parse("2026-11-25T20:00:00Z"), false);
        FullCalendar.Event gap = FullCalendar.Event.backgroundDay("gap", LocalDate.of(2026, 11, 26), BERLIN, "gap");

        calendar.setEvents(List.of(meetup, gap));

        assertThat(calendar.getEvents()).containsExactly(meetup, gap);
        assertThat(gap.background()).isTrue();
        assertThat(gap.start()).isEqualTo(Instant.parse("2026-11-25T23:00:00Z"));
    }

    @Test
    void choosesFullCalendarsLocaleFromTheUiLocale() {
        calendar.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(calendar.getFullCalendarLocale()).isEqualTo("zh-cn");
        calendar.setLocale(Locale.ENGLISH);
        assertThat(calendar.getFullCalendarLocale()).isEqualTo("en");
    }

    @Test
    void reportsClicksOnEvents() {
        List<String> clicked = new ArrayList<>();
        calendar.addEventClickListener(click -> clicked.add(click.eventId()));

        fire("fc-event-click", detail().put("id", "a"));

        assertThat(clicked).containsExactly("a");
    }

    @Test
    void reportsDateClicksAsWallClockOfTheCalendarsZone() {
        List<FullCalendar.DateClick> clicks = new ArrayList<>();
        calendar.addDateClickListener(clicks::add);

        fire("fc-date-click", detail().put("date", "2026-07-01").put("allDay", true));
        fire("fc-date-click", detail().put("date", "2026-07-01T09:30:00").put("allDay", false));

        assertThat(clicks).extracting(FullCalendar.DateClick::day).containsOnly(LocalDate.of(2026, 7, 1));
        assertThat(clicks.get(1).instant()).isEqualTo(Instant.parse("2026-07-01T07:30:00Z"));
        assertThat(clicks.get(0).allDay()).isTrue();
    }

    @Test
    void reportsDropsInTheCalendarsZoneAcrossDaylightSavingChanges() {
        List<FullCalendar.EventDrop> drops = new ArrayList<>();
        calendar.addEventDropListener(drops::add);

        // Winter time on one side of the change, summer time on the other.
        fire("fc-event-drop", detail().put("id", "a").put("start", "2026-03-28T10:00:00").put("allDay", false));
        fire("fc-event-drop", detail().put("id", "a").put("start", "2026-03-30T10:00:00").put("allDay", false));

        assertThat(drops).extracting(FullCalendar.EventDrop::newStart).containsExactly(
                Instant.parse("2026-03-28T09:00:00Z"), Instant.parse("2026-03-30T08:00:00Z"));
        assertThat(drops.getFirst().newWallClockStart()).isEqualTo(LocalDateTime.of(2026, 3, 28, 10, 0));
        drops.getFirst().revert();
    }

    @Test
    void reportsTheVisibleRangeAndView() {
        List<FullCalendar.DatesSet> ranges = new ArrayList<>();
        calendar.addDatesSetListener(ranges::add);

        fire("fc-dates-set", detail().put("start", "2026-11-23T00:00:00").put("end", "2026-11-30T00:00:00")
                .put("view", "timeGridWeek"));

        assertThat(ranges).singleElement().satisfies(range -> {
            assertThat(range.view()).isEqualTo(FullCalendar.View.WEEK);
            assertThat(range.firstDay()).isEqualTo(LocalDate.of(2026, 11, 23));
            assertThat(range.start()).isEqualTo(Instant.parse("2026-11-22T23:00:00Z"));
        });
        assertThat(calendar.getView()).isEqualTo(FullCalendar.View.WEEK);
    }

    @Test
    void aRemovedListenerHearsNothing() {
        List<String> clicked = new ArrayList<>();
        calendar.addEventClickListener(click -> clicked.add(click.eventId())).remove();

        fire("fc-event-click", detail().put("id", "a"));

        assertThat(clicked).isEmpty();
    }

    private static ObjectNode detail() {
        return JsonNodeFactory.instance.objectNode();
    }

    private void fire(String type, ObjectNode detail) {
        fire(calendar, type, detail);
    }

    /** What the browser half sends: a DOM event whose data is {@code event.detail}. */
    public static void fire(FullCalendar target, String type, ObjectNode detail) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.set("event.detail", detail);
        target.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(target.getElement(), type, data));
    }
}
