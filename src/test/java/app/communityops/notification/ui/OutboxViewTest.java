package app.communityops.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.notification.MailOutbox;
import app.communityops.notification.MailStatus;
import app.communityops.notification.NotificationTopic;
import app.communityops.notification.OutboxEntry;
import app.communityops.notification.OutgoingMail;
import app.communityops.shared.TenantContext;
import app.communityops.shared.scheduling.TenantJobs;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class OutboxViewTest extends KaribuTest {

    @Autowired
    MailOutbox outbox;
    @Autowired
    TenantJobs jobs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void onlyTenantAdminsOpenTheOutbox() {
        assertSignInRequired("outbox");
        assertDenied("outbox", tenant.operator(), tenant.clientUser(), tenants.platformAdmin());
        login(tenant.admin());
        UI.getCurrent().navigate("outbox");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OutboxView.class);
    }

    @Test
    void anEmptyOutboxSaysSoAndThatNoServerIsConfigured() {
        login(tenant.admin());
        UI.getCurrent().navigate("outbox");
        assertThat(_get(Div.class, spec -> spec.withId("outbox-empty")).isVisible()).isTrue();
        _assertNone(Grid.class, spec -> spec.withId("outbox-grid"));
        assertThat(_get(Span.class, spec -> spec.withId("outbox-server-note")).getText()).contains("MAIL_HOST");
    }

    @Test
    void everyMessageIsListedFilteredByStatusAndOpensAsItWouldGoOut() {
        sql("update user_account set locale = 'en' where id = ?", tenant.admin().userId());
        queue(tenant.operator().userId(), "Figma");
        queue(tenant.admin().userId(), "Miro");
        UUID failed = queue(tenant.admin().userId(), "Notion");
        sql("update mail_outbox set status = 'FAILED', attempts = 1, last_error = '550 5.1.1 User unknown' where id = ?",
                failed);
        login(tenant.admin());
        UI.getCurrent().navigate("outbox");

        assertThat(rows()).hasSize(3);
        assertThat(rows()).extracting(OutboxEntry::status)
                .containsExactly(MailStatus.FAILED, MailStatus.HELD, MailStatus.HELD);
        assertThat(String.join(" | ", GridKt._getFormattedRow(grid(), 0))).contains(tenant.admin().email(), "Failed",
                "tool renewals", "550 5.1.1 User unknown");

        @SuppressWarnings("unchecked")
        Select<MailStatus> filter = _get(Select.class, spec -> spec.withId("outbox-filter"));
        assertThat(filter.getEmptySelectionCaption()).isEqualTo("All messages (3)");
        filter.setValue(MailStatus.FAILED);
        assertThat(rows()).extracting(OutboxEntry::id).containsExactly(failed);
        assertThat(filter.getItemLabelGenerator().apply(MailStatus.HELD)).isEqualTo("Held (2)");

        GridKt._clickItem(grid(), 0);
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("outbox-message"));
        assertThat(dialog.getHeaderTitle()).isEqualTo("tool renewals");
        IFrame html = _get(IFrame.class, spec -> spec.withId("outbox-message-html"));
        assertThat(html.getElement().getAttribute("sandbox")).isEmpty();
        assertThat(html.getElement().getAttribute("srcdoc")).contains("Notion renews on 2026-12-20")
                .contains("unsubscribe/…").doesNotContain("<script");
        _get(com.vaadin.flow.component.tabs.TabSheet.class).setSelectedIndex(1);
        assertThat(_get(Pre.class, spec -> spec.withId("outbox-message-text")).getText()).contains("Notion renews");

        _click(_get(Button.class, spec -> spec.withId("outbox-retry")));
        assertThat(status(failed)).isEqualTo("HELD");
        filter.clear();
        assertThat(rows()).extracting(OutboxEntry::status).containsOnly(MailStatus.HELD);
    }

    @Test
    void aRecipientWithoutAnAddressIsShownWithTheReason() {
        sql("update user_account set email = 'wechat-only' where id = ?", tenant.operator().userId());
        queue(tenant.operator().userId(), "Figma");
        login(tenant.admin());
        UI.getCurrent().navigate("outbox");
        assertThat(String.join(" | ", GridKt._getFormattedRow(grid(), 0))).contains("Not sendable", "wechat-only",
                "The recipient has no email address that mail can be sent to.");
    }

    private UUID queue(UUID recipient, String tool) {
        OutgoingMail mail = new OutgoingMail(recipient, NotificationTopic.RENEWALS,
                OutgoingMail.Text.of("mail.topic.RENEWALS"),
                List.of(OutgoingMail.Text.of("tool.notification.renewal", tool, "2026-12-20", "3")),
                OutgoingMail.Text.of("mail.preferences"), "tools", List.of());
        return jobs.inTenant(tenant.tenantId(), () -> {
            outbox.queue(mail);
            return jdbc.queryForObject("select id from mail_outbox order by seq desc limit 1", UUID.class);
        });
    }

    private void sql(String statement, Object... arguments) {
        TenantContext.runAs(tenant.tenantId(), () -> new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> jdbc.update(statement, arguments)));
    }

    private String status(UUID id) {
        return TenantContext.callAs(tenant.tenantId(), () -> new TransactionTemplate(transactionManager)
                .execute(status -> jdbc.queryForObject("select status from mail_outbox where id = ?", String.class,
                        id)));
    }

    @SuppressWarnings("unchecked")
    private Grid<OutboxEntry> grid() {
        return _get(Grid.class, spec -> spec.withId("outbox-grid"));
    }

    private List<OutboxEntry> rows() {
        return GridKt._findAll(grid());
    }
}
