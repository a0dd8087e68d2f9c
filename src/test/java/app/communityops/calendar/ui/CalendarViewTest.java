package app.communityops.calendar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.calendar.CalendarEntry;
import app.communityops.calendar.CalendarFeedService;
import app.communityops.calendar.CalendarNavigation;
import app.communityops.calendar.TestCalendarSource;
import app.communityops.community.CommunitySummary;
import app.communityops.security.ui.LoginView;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.TestTenants;
import app.communityops.widgets.fullcalendar.FullCalendar;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class CalendarViewTest extends KaribuTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    private TestCalendarSource source;
    @Autowired
    private CalendarFeedService feeds;

    private TestTenants.Fixture tenant;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        tenant = tenants.create();
        source.setActionsPerCommunity(tenant.tenantId(), 2);
        today = LocalDate.now(SHANGHAI);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        UI.getCurrent().navigate("calendar");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void platformAdminsHaveNoCalendar() {
        login(tenants.platformAdmin());
        assertThatThrownBy(() -> UI.getCurrent().navigate("calendar")).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void staffSeeTheEntriesOfTheCommunitiesTheyMaySee() {
        CalendarEntry assigned = add(tenant.communityId(), "Weekly sharing", 10, "activity.regular", "planned");
        CalendarEntry unassigned = add(tenant.unassignedCommunityId(), "Deep dive", 11, "content.value", "draft");

        login(tenant.admin());
        UI.getCurrent().navigate("calendar");
        showToday();
        assertThat(eventIds()).contains(id(assigned), id(unassigned));

        login(tenant.operator());
        UI.getCurrent().navigate("calendar");
        showToday();
        assertThat(eventIds()).contains(id(assigned)).doesNotContain(id(unassigned));
        assertThat(_get(FullCalendar.class).getZone()).isEqualTo(SHANGHAI);
    }

    @Test
    void filtersNarrowTheCalendarByCommunityKindAndStatus() {
        CalendarEntry sharing = add(tenant.communityId(), "Weekly sharing", 10, "activity.regular", "planned");
        CalendarEntry dive = add(tenant.unassignedCommunityId(), "Deep dive", 11, "content.value", "draft");
        login(tenant.admin());
        UI.getCurrent().navigate("calendar");
        showToday();

        kinds().setValue(Set.of("content.value"));
        assertThat(eventIds()).contains(id(dive)).doesNotContain(id(sharing));
        kinds().setValue(Set.of());
        statuses().setValue(Set.of("planned"));
        assertThat(eventIds()).contains(id(sharing)).doesNotContain(id(dive));
        statuses().setValue(Set.of());
        communities().setValue(communities().getValue().stream()
                .filter(c -> c.id().equals(tenant.communityId())).collect(java.util.stream.Collectors.toSet()));
        assertThat(eventIds()).contains(id(sharing)).doesNotContain(id(dive));
        assertThat(_find(Span.class, spec -> spec.withId("legend-activity-regular"))).hasSize(1);
    }

    @Test
    void anEmptyRangeSaysSo() {
        login(tenant.admin());
        UI.getCurrent().navigate("calendar");
        showToday();

        assertThat(_get(Span.class, spec -> spec.withId("calendar-empty")).isVisible()).isTrue();
    }

    @Test
    void draggingAnEntryMovesItAndUndoMovesItBack() {
        CalendarEntry sharing = add(tenant.communityId(), "Weekly sharing", 10, "activity.regular", "planned");
        login(tenant.operator());
        UI.getCurrent().navigate("calendar");
        showToday();
        LocalDateTime target = LocalDateTime.of(today.plusDays(1), LocalTime.of(10, 0));

        fire("fc-event-drop", detail().put("id", id(sharing)).put("start", target + ":00").put("allDay", false));

        assertThat(source.get(sharing.id()).start()).isEqualTo(target.atZone(SHANGHAI).toInstant());
        assertThat(_get(FullCalendar.class).getEvents()).filteredOn(e -> e.id().equals(id(sharing)))
                .singleElement().satisfies(e -> assertThat(e.start()).isEqualTo(target.atZone(SHANGHAI).toInstant()));
        _click(_get(Button.class, spec -> spec.withId("calendar-undo")));
        assertThat(source.get(sharing.id()).start()).isEqualTo(sharing.start());
    }

    @Test
    void aRefusedMoveLeavesTheEntryAndSaysWhy() {
        CalendarEntry locked = source.add(tenant.tenantId(), tenant.communityId(), "Locked", at(today, 9),
                Duration.ofHours(1), "activity.regular", "done", false);
        login(tenant.admin());
        UI.getCurrent().navigate("calendar");
        showToday();

        fire("fc-event-drop", detail().put("id", id(locked)).put("start", today.plusDays(2) + "T09:00:00")
                .put("allDay", false));

        assertThat(source.get(locked.id()).start()).isEqualTo(locked.start());
        assertThat(NotificationsKt.getNotifications()).anySatisfy(
                notification -> assertThat(notification.getElement().getProperty("text", "")).contains("calendar.test.refused"));
    }

    @Test
    void clientsSeeTheirCommunitiesButCannotMoveAnything() {
        CalendarEntry sharing = add(tenant.communityId(), "Weekly sharing", 10, "activity.regular", "planned");
        CalendarEntry other = add(tenant.otherClientCommunityId(), "Other client", 10, "activity.regular", "planned");
        login(tenant.clientUser());
        UI.getCurrent().navigate("calendar");
        showToday();

        assertThat(eventIds()).contains(id(sharing)).doesNotContain(id(other));
        assertThat(_get(FullCalendar.class).getEvents()).noneMatch(FullCalendar.Event::editable);
        fire("fc-event-drop", detail().put("id", id(sharing)).put("start", today.plusDays(1) + "T10:00:00")
                .put("allDay", false));
        assertThat(source.get(sharing.id()).start()).isEqualTo(sharing.start());
    }

    @Test
    void clickingAnEntryOpensIt() {
        CalendarEntry sharing = add(tenant.communityId(), "Weekly sharing", 10, "activity.regular", "planned");
        login(tenant.admin());
        UI.getCurrent().navigate("calendar");
        showToday();

        fire("fc-event-click", detail().put("id", id(sharing)));

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo(sharing.href());
    }

    @Test
    void clickingAnEmptyDayOffersWhatCanBeCreatedThere() {
        login(tenant.operator());
        UI.getCurrent().navigate("calendar");
        showToday();

        fire("fc-date-click", detail().put("date", today.toString()).put("allDay", true));
        assertThat(_find(Button.class, spec -> spec.withId("calendar-create-1"))).hasSize(1);
        _click(_get(Button.class, spec -> spec.withId("calendar-create-1")));
        assertThat(UI.getCurrent().getActiveViewLocation().getPath())
                .isEqualTo(CalendarNavigation.communityPath(tenant.communityId()));

        // The real sources offer their own forms in the same menu, opened on the clicked day.
        UI.getCurrent().navigate("calendar");
        showToday();
        fire("fc-date-click", detail().put("date", today.toString()).put("allDay", true));
        _click(_get(Button.class, spec -> spec.withText("New activity")));
        assertThat(UI.getCurrent().getActiveViewLocation().getPath())
                .isEqualTo("communities/" + tenant.communityId() + "/activities");
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getSingleParameter("new"))
                .contains(today.toString());
    }

    @Test
    void daysWithoutPlansInTheComingTwoWeeksAreListedAndShaded() {
        add(tenant.communityId(), "Weekly sharing", 10, "activity.regular", "planned");
        add(tenant.communityId(), "Tomorrow", 10, 1, "activity.regular", "planned");
        login(tenant.operator());
        UI.getCurrent().navigate("calendar");
        showToday();

        Paragraph line = _get(Paragraph.class, spec -> spec.withId("gaps-" + tenant.communityId()));
        assertThat(line.getText()).contains("12 days without plans in the next two weeks");
        assertThat(_get(FullCalendar.class).getEvents()).filteredOn(FullCalendar.Event::background).hasSize(12);
    }

    @Test
    void theCommunityCalendarShowsOneCommunityAndItsFeedToStaff() {
        CalendarEntry sharing = add(tenant.communityId(), "Weekly sharing", 10, "activity.regular", "planned");
        CalendarEntry elsewhere = add(tenant.unassignedCommunityId(), "Elsewhere", 10, "activity.regular", "planned");
        login(tenant.admin());
        UI.getCurrent().navigate(CalendarNavigation.communityPath(tenant.communityId()));
        showToday();

        assertThat(eventIds()).contains(id(sharing)).doesNotContain(id(elsewhere));
        assertThat(_get(Paragraph.class, spec -> spec.withId("calendar-feed-status")).getText())
                .contains("No subscription address");
        _click(_get(Button.class, spec -> spec.withId("calendar-feed-regenerate")));
        String url = _get(TextField.class, spec -> spec.withId("calendar-feed-url")).getValue();
        assertThat(url).matches(".*/ical/[A-Za-z0-9_-]{43}\\.ics");
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - 4);
        assertThat(feeds.render(token, "")).isPresent();
    }

    @Test
    void clientsGetTheCommunityCalendarWithoutTheFeed() {
        login(tenant.clientUser());
        UI.getCurrent().navigate(CalendarNavigation.communityPath(tenant.communityId()));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CommunityCalendarView.class);
        _assertNone(Paragraph.class, spec -> spec.withId("calendar-feed-status"));
    }

    @Test
    void communityCalendarRouteAccess() {
        assertCommunityPageGuarded(CalendarNavigation::communityPath, tenant);
        assertNotFound("communities/not-an-id/calendar", tenant.admin());
    }

    private CalendarEntry add(java.util.UUID community, String title, int hour, String category, String status) {
        return add(community, title, hour, 0, category, status);
    }

    private CalendarEntry add(java.util.UUID community, String title, int hour, int daysAhead, String category,
                              String status) {
        return source.add(tenant.tenantId(), community, title, at(today.plusDays(daysAhead), hour), Duration.ofHours(1),
                category, status, true);
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(SHANGHAI).toInstant();
    }

    private static String id(CalendarEntry entry) {
        return entry.source() + ":" + entry.id();
    }

    /** What FullCalendar reports on its first render: the week around today. */
    private void showToday() {
        LocalDate monday = today.minusDays(today.getDayOfWeek().getValue() - 1L);
        fire("fc-dates-set", detail().put("start", monday.minusDays(7) + "T00:00:00")
                .put("end", monday.plusDays(14) + "T00:00:00").put("view", "dayGridMonth"));
    }

    private java.util.List<String> eventIds() {
        return _get(FullCalendar.class).getEvents().stream().filter(e -> !e.background()).map(FullCalendar.Event::id)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private MultiSelectComboBox<String> kinds() {
        return _get(MultiSelectComboBox.class, spec -> spec.withId("calendar-kinds"));
    }

    @SuppressWarnings("unchecked")
    private MultiSelectComboBox<String> statuses() {
        return _get(MultiSelectComboBox.class, spec -> spec.withId("calendar-statuses"));
    }

    @SuppressWarnings("unchecked")
    private MultiSelectComboBox<CommunitySummary> communities() {
        return _get(MultiSelectComboBox.class, spec -> spec.withId("calendar-communities"));
    }

    private static ObjectNode detail() {
        return JsonNodeFactory.instance.objectNode();
    }

    private static void fire(String type, ObjectNode detail) {
        FullCalendar calendar = _get(FullCalendar.class);
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.set("event.detail", detail);
        calendar.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(calendar.getElement(), type, data));
    }
}
