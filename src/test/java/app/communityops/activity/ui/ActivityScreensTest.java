package app.communityops.activity.ui;

import static app.communityops.testing.SignedIn.as;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.activity.ActivityFilter;
import app.communityops.activity.ActivityNavigation;
import app.communityops.activity.ActivityService;
import app.communityops.activity.ActivityStatus;
import app.communityops.activity.ActivitySummary;
import app.communityops.activity.ActivityTypeSummary;
import app.communityops.activity.AttendanceRow;
import app.communityops.members.MemberTestData;
import app.communityops.members.MemberTestData.Spec;
import app.communityops.members.MembershipStatus;
import app.communityops.security.ui.LoginView;
import app.communityops.shared.AppPrincipal;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ActivityScreensTest extends KaribuTest {

    @Autowired ActivityService activities;
    @Autowired MemberTestData members;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    private String list() {
        return "communities/" + tenant.communityId() + "/activities";
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    @Test
    void listRouteAccess() {
        assertCommunityPageGuarded(ActivityNavigation::listPath, tenant);
        assertNotFound("communities/not-an-id/activities", tenant.admin());
    }

    @Test
    void detailRouteAccess() {
        assertCommunityRecordPageGuarded((owner, community) ->
                ActivityNavigation.detailPath(community, dailyTopic(owner.admin(), community).id()), tenant);
        login(tenant.clientUser());
        UI.getCurrent().navigate(ActivityNavigation.detailPath(tenant.unassignedCommunityId(),
                dailyTopic(tenant.admin(), tenant.unassignedCommunityId()).id()));
        assertThat(_get(ActivityView.class).getPageTitle()).isEqualTo("Daily topic");
    }

    @Test
    void theTypesSettingsAreForTheTenantAdminOnly() {
        UI.getCurrent().navigate("settings/activities");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        login(tenant.operator());
        assertThatThrownBy(() -> UI.getCurrent().navigate("settings/activities"))
                .isInstanceOf(MockAccessDeniedException.class);
        login(tenant.admin());
        UI.getCurrent().navigate("settings/activities");
        Grid<ActivityTypeSummary> types = grid("activity-types-grid");
        assertThat(GridKt._size(types)).isEqualTo(8);
        _click(_get(Button.class, spec -> spec.withId("add-activity-type")));
        _get(TextField.class, spec -> spec.withId("activity-type-name")).setValue("Alumni dinner");
        _get(TextField.class, spec -> spec.withId("activity-type-colour")).setValue("red");
        _click(_get(Button.class, spec -> spec.withId("activity-type-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("activity-type-colour")).isInvalid()).isTrue();
        _get(TextField.class, spec -> spec.withId("activity-type-colour")).setValue("#aa3300");
        _click(_get(Button.class, spec -> spec.withId("activity-type-save")));
        assertThat(GridKt._findAll(types)).extracting(ActivityTypeSummary::name).contains("Alumni dinner");
        ActivityTypeSummary daily = GridKt._get(types, 0);
        _click(cellButton(types, 0, "delete-activity-type-" + daily.id()));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(GridKt._size(types)).isEqualTo(8);
    }

    @Test
    void theMenuEntryForwardsAnOperatorWithOneCommunityToItsActivities() {
        login(tenant.operator());
        UI.getCurrent().navigate("activities");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ActivitiesView.class);
        login(tenant.admin());
        UI.getCurrent().navigate("activities");
        _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("activities-of-" + tenant.communityId()));
    }

    @Test
    void anOperatorCreatesAnActivityFromACalendarDayAndSeesFieldErrors() {
        login(tenant.operator());
        UI.getCurrent().navigate(list(), com.vaadin.flow.router.QueryParameters.of("new", "2031-05-06"));
        _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("activities-empty"));
        DateTimePicker start = _get(DateTimePicker.class, spec -> spec.withId("activity-start"));
        assertThat(start.getValue().toLocalDate()).hasToString("2031-05-06");
        _get(TextField.class, spec -> spec.withId("activity-title")).setValue("Monthly meetup");
        _get(TextField.class, spec -> spec.withId("activity-onlineLink")).setValue("javascript:alert(1)");
        _click(_get(Button.class, spec -> spec.withId("activity-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("activity-onlineLink")).getErrorMessage())
                .isEqualTo("Enter a web address starting with http:// or https://.");
        _get(TextField.class, spec -> spec.withId("activity-onlineLink")).setValue("https://meet.example.test");
        DateTimePicker end = _get(DateTimePicker.class, spec -> spec.withId("activity-end"));
        end.setValue(start.getValue().minusHours(1));
        _click(_get(Button.class, spec -> spec.withId("activity-save")));
        assertThat(end.getErrorMessage()).isEqualTo("The end must be after the start.");
        end.setValue(start.getValue().plusHours(2));
        _click(_get(Button.class, spec -> spec.withId("activity-save")));
        _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("activity-filter-when"))
                .setValue(ActivityFilter.When.ALL);
        Grid<ActivitySummary> grid = grid("activities-grid");
        assertThat(GridKt._findAll(grid)).extracting(ActivitySummary::title).containsExactly("Monthly meetup");
    }

    @Test
    void staffMarkAttendanceAndCancelWhileClientsOnlyRead() {
        List<UUID> people = members.add(tenant.tenantId(), tenant.communityId(), List.of(
                Spec.of("Wang Fang", "wangfang", MembershipStatus.JOINED),
                Spec.of("Li Lei", "lilei", MembershipStatus.JOINED)));
        ActivitySummary created = dailyTopic(tenant.operator(), tenant.communityId());
        String detail = list() + "/" + created.id();
        login(tenant.clientUser());
        UI.getCurrent().navigate(detail);
        _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("activity-facts"));
        _assertNone(Grid.class, spec -> spec.withId("attendance-grid"));
        _assertNone(Button.class, spec -> spec.withId("activity-cancel"));

        login(tenant.otherOperator());
        UI.getCurrent().navigate(detail);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(app.communityops.shell.NotFoundView.class);

        login(tenant.operator());
        UI.getCurrent().navigate(detail);
        Grid<AttendanceRow> attendees = grid("attendance-grid");
        assertThat(GridKt._size(attendees)).isEqualTo(2);
        attendees.select(GridKt._get(attendees, 0));
        attendees.select(GridKt._get(attendees, 1));
        _click(_get(Button.class, spec -> spec.withId("attendance-mark")));
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("activity-attendance-figures"))
                .getText()).isEqualTo("2 of 4 (50%)");
        _get(TextField.class, spec -> spec.withId("attendance-search")).setValue("lilei");
        assertThat(GridKt._size(grid("attendance-grid"))).isEqualTo(1);
        assertThat(people).hasSize(2);

        _click(_get(Button.class, spec -> spec.withId("activity-cancel")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(as(tenant.operator(), () -> activities.find(created.id()).orElseThrow().status()))
                .isEqualTo(ActivityStatus.PLANNED);

        _click(_get(Button.class, spec -> spec.withId("activity-mark-done")));
        _get(TextArea.class, spec -> spec.withId("activity-outcome-notes")).setValue("Lively discussion");
        _click(_get(Button.class, spec -> spec.withId("activity-done-save")));
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("activity-outcome")).getText())
                .isEqualTo("Lively discussion");
    }

    private ActivitySummary dailyTopic(AppPrincipal creator, UUID community) {
        return as(creator, () -> {
            var form = new app.communityops.activity.ActivityForm();
            form.setTypeId(activitiesTypes().getFirst().id());
            form.setTitle("Daily topic");
            form.setHostKind(app.communityops.activity.HostKind.TEXT);
            form.setHostText("Host");
            form.setStart(java.time.LocalDateTime.of(2031, 5, 6, 19, 0));
            form.setEnd(java.time.LocalDateTime.of(2031, 5, 6, 20, 0));
            form.setCapacity(4);
            return activities.create(community, form);
        });
    }

    private static Button cellButton(Grid<?> grid, int row, String id) {
        return (Button) GridKt._getCellComponent(grid, row, "actions").getChildren()
                .filter(child -> child.getId().filter(id::equals).isPresent()).findFirst().orElseThrow();
    }

    private List<ActivityTypeSummary> activitiesTypes() {
        return context.getBean(app.communityops.activity.ActivityTypeService.class).types();
    }
}
