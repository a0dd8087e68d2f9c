package app.communityops.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.notification.Delivery;
import app.communityops.notification.MailOutbox;
import app.communityops.notification.NotificationSettingsService;
import app.communityops.notification.NotificationTopic;
import app.communityops.notification.OutgoingMail;
import app.communityops.notification.TopicSetting;
import app.communityops.shared.scheduling.TenantJobs;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The page a message's unsubscribe link opens: no sign-in, it asks first, and a forged link changes nothing. */
class UnsubscribeViewTest extends KaribuTest {

    @Autowired
    MailOutbox outbox;
    @Autowired
    NotificationSettingsService settings;
    @Autowired
    TenantJobs jobs;
    @Autowired
    JdbcTemplate jdbc;

    Fixture tenant;
    String token;

    @BeforeEach
    void aMessage() {
        tenant = tenants.create();
        OutgoingMail mail = new OutgoingMail(tenant.operator().userId(), NotificationTopic.KPI_ALERTS,
                OutgoingMail.Text.of("mail.topic.KPI_ALERTS"), List.of(), OutgoingMail.Text.of("mail.preferences"),
                null, List.of());
        token = jobs.inTenant(tenant.tenantId(), () -> {
            outbox.queue(mail);
            return jdbc.queryForObject("select unsubscribe_token from mail_outbox", String.class);
        });
        logout();
    }

    @Test
    void openingTheLinkChangesNothingUntilTheButtonIsPressed() {
        UI.getCurrent().navigate("unsubscribe/" + token);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(UnsubscribeView.class);
        assertThat(message()).isEqualTo(
                "Stop getting these emails? You will still see the notifications in the console.");
        assertThat(delivery()).isEqualTo(Delivery.EMAIL);

        _click(_get(Button.class, spec -> spec.withId("unsubscribe-confirm")));

        assertThat(message()).isEqualTo("Done. You will no longer get KPI alerts by email. You can turn it back on "
                + "in your email settings.");
        assertThat(delivery()).isEqualTo(Delivery.CONSOLE);
    }

    @Test
    void aForgedLinkIsToldItIsNotValid() {
        String forged = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
        UI.getCurrent().navigate("unsubscribe/" + forged);
        _click(_get(Button.class, spec -> spec.withId("unsubscribe-confirm")));
        assertThat(message()).startsWith("This unsubscribe link is not valid.");
        assertThat(delivery()).isEqualTo(Delivery.EMAIL);
    }

    private String message() {
        return _get(Paragraph.class, spec -> spec.withId("unsubscribe-message")).getText();
    }

    private Delivery delivery() {
        return SignedIn.as(tenant.operator(), settings::mine).stream()
                .filter(setting -> setting.topic() == NotificationTopic.KPI_ALERTS).findFirst()
                .map(TopicSetting::delivery).orElseThrow();
    }
}
