package app.communityops.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.notification.Notice;
import app.communityops.notification.NotificationItem;
import app.communityops.notification.NotificationService;
import app.communityops.notification.NotificationTopic;
import app.communityops.security.ui.LoginView;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationsViewTest extends KaribuTest {

    @Autowired
    NotificationService notifications;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        UI.getCurrent().navigate("notifications");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void platformAdminsAreDenied() {
        login(tenants.platformAdmin());
        assertThatThrownBy(() -> UI.getCurrent().navigate("notifications"))
                .isInstanceOf(MockAccessDeniedException.class);
        _assertNone(NotificationsView.class);
    }

    @Test
    void anEmptyListSaysSo() {
        login(tenant.clientUser());
        UI.getCurrent().navigate("notifications");
        assertThat(_get(Div.class, spec -> spec.withId("notifications-empty")).isVisible()).isTrue();
        _assertNone(Grid.class, spec -> spec.withId("notifications-grid"));
        _assertNone(Span.class, spec -> spec.withId("notification-badge"));
    }

    @Test
    void theBellCountsUnreadAndThePageTranslatesAndMarksThemRead() {
        SignedIn.run(tenant.admin(), () -> {
            notifications.publishToUser(tenant.operator().userId(), Notice.of(NotificationTopic.KPI_ALERTS, "notification.bell.unread", null, "7"));
            notifications.publishToUser(tenant.operator().userId(), Notice.of(NotificationTopic.KPI_ALERTS, "notification.title", "communities"));
        });
        login(tenant.operator());
        UI.getCurrent().navigate("communities");
        assertThat(_get(Span.class, spec -> spec.withId("notification-badge")).getText()).isEqualTo("2");

        _click(_get(Button.class, spec -> spec.withId("notification-bell")));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotificationsView.class);
        List<NotificationItem> rows = rows();
        assertThat(rows).hasSize(2);
        NotificationItem counted = rows.get(1);
        assertThat(NotificationTexts.text(UI.getCurrent(), counted)).isEqualTo("Notifications, 7 unread");

        action(1, "read-" + counted.id()).click();
        assertThat(_get(Span.class, spec -> spec.withId("notification-badge")).getText()).isEqualTo("1");

        action(0, "open-" + rows.get(0).id()).click();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("communities");
        _assertNone(Span.class, spec -> spec.withId("notification-badge"));
    }

    @Test
    void markAllReadClearsTheBadge() {
        SignedIn.run(tenant.admin(), () -> notifications.publishToCommunityStaff(tenant.communityId(),
                Notice.of(NotificationTopic.KPI_ALERTS, "notification.title", null)));
        login(tenant.admin());
        UI.getCurrent().navigate("notifications");
        assertThat(_get(Span.class, spec -> spec.withId("notification-badge")).getText()).isEqualTo("1");
        _click(_get(Button.class, spec -> spec.withId("notifications-mark-all")));
        _assertNone(Span.class, spec -> spec.withId("notification-badge"));
        assertThat(rows()).allSatisfy(item -> assertThat(item.unread()).isFalse());
        assertThat(_get(Button.class, spec -> spec.withId("notifications-mark-all")).isEnabled()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static Button action(int row, String id) {
        Grid<NotificationItem> grid = _get(Grid.class, spec -> spec.withId("notifications-grid"));
        return (Button) GridKt._getCellComponent(grid, row, "actions").getChildren()
                .filter(child -> child.getId().orElse("").equals(id)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<NotificationItem> rows() {
        Grid<NotificationItem> grid = _get(Grid.class, spec -> spec.withId("notifications-grid"));
        return GridKt._fetch(grid, 0, 100);
    }
}
