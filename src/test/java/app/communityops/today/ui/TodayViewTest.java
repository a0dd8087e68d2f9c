package app.communityops.today.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.content.ContentCategory;
import app.communityops.content.ContentDetails;
import app.communityops.content.ContentForm;
import app.communityops.content.ContentService;
import app.communityops.content.ContentStatus;
import app.communityops.shared.AppPrincipal;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import app.communityops.today.Task;
import app.communityops.today.TaskForm;
import app.communityops.today.TodayFilter;
import app.communityops.today.TodayService;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Today list as operators, tenant admins and client users meet it, and the count in the navigation. */
class TodayViewTest extends KaribuTest {

    @Autowired TodayService today;
    @Autowired ContentService content;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void anOperatorSeesTheCountAndTheOverdueTaskFirstAndMarksItDone() {
        Task overdue = task(tenant.admin(), "Call back the sponsor", Instant.now().minus(Duration.ofHours(26)), null);
        Task later = task(tenant.admin(), "Plan next week", Instant.now().plus(Duration.ofDays(3)), null);
        task(tenant.admin(), "Not in my community", Instant.now().minus(Duration.ofHours(2)), null,
                tenant.unassignedCommunityId());
        ContentDetails inReview = inReview("Spring campaign");

        login(tenant.operator());
        UI.getCurrent().navigate("communities");
        SideNav workspace = _get(SideNav.class, spec -> spec.withId("nav-workspace"));
        assertThat(workspace.getItems()).extracting(SideNavItem::getLabel).first().isEqualTo("Today");
        Span badge = _get(Span.class, spec -> spec.withId("nav-badge-today"));
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getText()).isEqualTo("1");

        UI.getCurrent().navigate("today");
        Div items = _get(Div.class, spec -> spec.withId("today-items"));
        assertThat(items.getChildren().map(child -> child.getId().orElse(""))).containsExactly(
                "today-item-task-" + overdue.id(), "today-item-content-" + inReview.id(),
                "today-item-task-" + later.id());
        Div first = _get(Div.class, spec -> spec.withId("today-item-task-" + overdue.id()));
        assertThat(first.getClassNames()).contains("today-overdue");
        assertThat(first.getElement().getTextRecursively()).contains("Call back the sponsor", "Overdue",
                "Community ", "Added by hand", "The community’s operators");
        assertThat(_get(Anchor.class, spec -> spec.withId("today-open-content-" + inReview.id())).getHref())
                .isEqualTo("communities/" + tenant.communityId() + "/content/" + inReview.id());
        assertThat(_get(Span.class, spec -> spec.withId("today-summary")).getText()).isEqualTo("3 item(s) · 1 overdue");

        _click(_get(Button.class, spec -> spec.withId("today-done-" + overdue.id())));
        _assertNone(Div.class, spec -> spec.withId("today-item-task-" + overdue.id()));
        assertThat(badge.isVisible()).as("nothing due today any more").isFalse();
        assertThat(SignedIn.as(tenant.operator(), () -> today.find(overdue.id())).doneBy())
                .isEqualTo(tenant.operator().userId());
    }

    @Test
    void aSnoozedTaskLeavesTheListAndTheListSaysItWillComeBack() {
        Task task = task(tenant.admin(), "Welcome the new members", Instant.now().plus(Duration.ofHours(1)), null);
        login(tenant.operator());
        UI.getCurrent().navigate("today");
        ContextMenuKt._clickItemWithID(_get(MenuBar.class, spec -> spec.withId("today-snooze-" + task.id())),
                "today-snooze-tomorrow_morning-" + task.id());
        _assertNone(Div.class, spec -> spec.withId("today-item-task-" + task.id()));
        assertThat(_get(Span.class, spec -> spec.withId("today-snoozed")).getText()).startsWith("1 snoozed task");
        assertThat(_get(Div.class, spec -> spec.withId("today-empty")).getElement().getTextRecursively())
                .contains("Your day is clear");

        _click(_get(Button.class, spec -> spec.withId("today-show-snoozed")));
        assertThat(_get(Div.class, spec -> spec.withId("today-item-task-" + task.id())).getElement()
                .getTextRecursively()).contains("Welcome the new members", "snoozed until");
        Task snoozed = SignedIn.as(tenant.operator(), () -> today.find(task.id()));
        _click(_get(Button.class, spec -> spec.withId("today-done-" + task.id())));
        assertThat(SignedIn.as(tenant.operator(), () -> today.find(task.id())).doneAt()).as("done while snoozed")
                .isNotNull();
        assertThat(snoozed.snoozedUntil()).isNotNull();
        _assertNone(Span.class, spec -> spec.withId("today-snoozed"));
    }

    @Test
    void anOperatorOpensATaskByHandAndReassignsItToTheAdmin() {
        login(tenant.operator());
        UI.getCurrent().navigate("today");
        _click(_get(Button.class, spec -> spec.withId("today-new")));
        _click(_get(Button.class, spec -> spec.withId("today-form-save")));
        TextField title = _get(TextField.class, spec -> spec.withId("today-form-title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Say what is to be done.");
        title.setValue("Ask Ann about the meetup");
        _click(_get(Button.class, spec -> spec.withId("today-form-save")));
        Task created = SignedIn.as(tenant.operator(), () -> today.list(TodayFilter.mine())).items().getFirst().task();
        assertThat(created).isNotNull();
        assertThat(created.title()).isEqualTo("Ask Ann about the meetup");

        _click(_get(Button.class, spec -> spec.withId("today-reassign-" + created.id())));
        @SuppressWarnings("unchecked")
        Select<java.util.Optional<app.communityops.security.AccountSummary>> to = _get(Select.class,
                spec -> spec.withId("today-reassign-to"));
        to.setValue(to.getListDataView().getItems().filter(choice -> choice.isPresent()
                && choice.get().id().equals(tenant.admin().userId())).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("today-reassign-save")));
        _assertNone(Div.class, spec -> spec.withId("today-item-task-" + created.id()));
        assertThat(SignedIn.as(tenant.admin(), () -> today.find(created.id())).assigneeId())
                .isEqualTo(tenant.admin().userId());
    }

    @Test
    void aTenantAdminLooksAtOneOperatorsList() {
        Task operators = task(tenant.admin(), "For the operators", Instant.now().plus(Duration.ofHours(5)), null);
        Task elsewhere = task(tenant.admin(), "Elsewhere", Instant.now().plus(Duration.ofHours(6)), null,
                tenant.unassignedCommunityId());
        login(tenant.admin());
        UI.getCurrent().navigate("today");
        assertThat(_get(Div.class, spec -> spec.withId("today-items")).getElement().getTextRecursively())
                .contains("For the operators", "Elsewhere");
        assertThat(_get(Anchor.class, spec -> spec.withId("today-service-level")).getHref())
                .isEqualTo("today/service-level");

        @SuppressWarnings("unchecked")
        Select<TodayFilter.Whose> whose = _get(Select.class, spec -> spec.withId("today-filter-whose"));
        whose.setValue(TodayFilter.Whose.OPERATOR);
        assertThat(_get(Div.class, spec -> spec.withId("today-empty")).getElement().getTextRecursively())
                .contains("Choose an operator");
        @SuppressWarnings("unchecked")
        ComboBox<app.communityops.security.AccountSummary> operator = _get(ComboBox.class,
                spec -> spec.withId("today-filter-operator"));
        operator.setValue(operator.getListDataView().getItems()
                .filter(person -> person.id().equals(tenant.operator().userId())).findFirst().orElseThrow());
        _get(Div.class, spec -> spec.withId("today-item-task-" + operators.id()));
        _assertNone(Div.class, spec -> spec.withId("today-item-task-" + elsewhere.id()));
    }

    @Test
    void anOperatorWithNothingDueIsToldTheDayIsClearAndClientsCannotOpenIt() {
        login(tenant.otherOperator());
        UI.getCurrent().navigate("today");
        assertThat(_get(Div.class, spec -> spec.withId("today-empty")).getElement().getTextRecursively())
                .isEqualTo("Your day is clear: nothing is due.");
        assertThat(_get(Button.class, spec -> spec.withId("today-new")).isEnabled()).isFalse();
        assertDenied("today", tenant.clientUser());
        assertDenied("today/service-level", tenant.clientUser(), tenant.operator());
        logout();
        assertSignInRequired("today");
    }

    private ContentDetails inReview(String title) {
        ContentForm form = new ContentForm();
        form.setCommunityIds(new LinkedHashSet<>(List.of(tenant.communityId())));
        form.setCategory(ContentCategory.DEEP_DIVE);
        form.setTitle(title);
        form.setBody("Text");
        return SignedIn.as(tenant.operator(), () -> {
            ContentDetails idea = content.create(form);
            ContentDetails draft = content.move(idea.id(), idea.version(), ContentStatus.DRAFT);
            return content.move(draft.id(), draft.version(), ContentStatus.IN_REVIEW);
        });
    }

    private Task task(AppPrincipal user, String title, Instant due, @Nullable UUID assignee) {
        return task(user, title, due, assignee, tenant.communityId());
    }

    private Task task(AppPrincipal user, String title, Instant due, @Nullable UUID assignee, UUID community) {
        return SignedIn.as(user, () -> today.create(new TaskForm(community, title, due, assignee, null)));
    }
}
