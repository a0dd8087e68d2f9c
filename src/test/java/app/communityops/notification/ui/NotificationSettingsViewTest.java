package app.communityops.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.notification.Delivery;
import app.communityops.notification.NotificationSettingsService;
import app.communityops.notification.NotificationTopic;
import app.communityops.notification.TopicSetting;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationSettingsViewTest extends KaribuTest {

    @Autowired
    NotificationSettingsService settings;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void signedInUsersOfATenantOpenIt() {
        assertSignInRequired("notifications/settings");
        assertDenied("notifications/settings", tenants.platformAdmin());
    }

    @Test
    void staffSeeEveryTopicWithTheirRolesDefaultsAndAChoiceIsSavedAtOnce() {
        login(tenant.admin());
        UI.getCurrent().navigate("notifications/settings");
        assertThat(group(NotificationTopic.KPI_ALERTS).getValue()).isEqualTo(Delivery.EMAIL);
        assertThat(group(NotificationTopic.APPLICATIONS).getValue()).isEqualTo(Delivery.DIGEST);
        assertThat(group(NotificationTopic.APPLICATIONS).getHelperText()).isEqualTo("Default for your role");
        assertThat(group(NotificationTopic.RENEWALS).getItemLabelGenerator().apply(Delivery.DIGEST))
                .isEqualTo("Console and daily digest");

        group(NotificationTopic.KPI_ALERTS).setValue(Delivery.CONSOLE);

        assertThat(SignedIn.as(tenant.admin(), settings::mine)).contains(
                new TopicSetting(NotificationTopic.KPI_ALERTS, Delivery.CONSOLE, false),
                new TopicSetting(NotificationTopic.APPLICATIONS, Delivery.DIGEST, true));
        UI.getCurrent().navigate("notifications/settings");
        assertThat(group(NotificationTopic.KPI_ALERTS).getValue()).isEqualTo(Delivery.CONSOLE);
        assertThat(group(NotificationTopic.KPI_ALERTS).getHelperText()).isNull();
    }

    @Test
    void aClientUserChoosesOnlyForWhatIsSentToClients() {
        login(tenant.clientUser());
        UI.getCurrent().navigate("notifications/settings");
        assertThat(group(NotificationTopic.APPROVALS).getValue()).isEqualTo(Delivery.EMAIL);
        assertThat(group(NotificationTopic.REPORTS).getValue()).isEqualTo(Delivery.EMAIL);
        _assertNone(RadioButtonGroup.class, spec -> spec.withId("delivery-KPI_ALERTS"));
        _assertNone(RadioButtonGroup.class, spec -> spec.withId("delivery-RENEWALS"));
    }

    @Test
    void theNotificationsPageAndTheAccountMenuLeadHere() {
        login(tenant.operator());
        UI.getCurrent().navigate("notifications");
        _get(Button.class, spec -> spec.withId("notifications-email-settings")).click();
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotificationSettingsView.class);
        UI.getCurrent().navigate("notifications");
        com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithID(
                _get(com.vaadin.flow.component.menubar.MenuBar.class, spec -> spec.withId("user-menu")),
                "user-menu-email-settings");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotificationSettingsView.class);
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Delivery> group(NotificationTopic topic) {
        return _get(RadioButtonGroup.class, spec -> spec.withId("delivery-" + topic.name()));
    }
}
