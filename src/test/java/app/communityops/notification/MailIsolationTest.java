package app.communityops.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.shared.TenantContext;
import app.communityops.shared.scheduling.TenantJobs;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Tenant B's users and jobs can neither see nor change tenant A's outbox and preferences, in raw SQL or by sending. */
@IntegrationTest
class MailIsolationTest {

    private static final List<String> TABLES = List.of("mail_outbox", "mail_outbox_attachment",
            "notification_preference", "notification_digest");

    @Autowired
    MailOutbox outbox;
    @Autowired
    MailSender sender;
    @Autowired
    TenantJobs jobs;
    @Autowired
    TestTenants tenants;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    Fixture a;
    Fixture b;
    UUID aMail;

    @BeforeEach
    void twoTenants() {
        a = tenants.create();
        b = tenants.create();
        OutgoingMail mail = new OutgoingMail(a.operator().userId(), NotificationTopic.REPORTS,
                OutgoingMail.Text.of("mail.topic.REPORTS"), List.of(), OutgoingMail.Text.of("mail.preferences"), null,
                List.of(new OutgoingMail.Attachment("a.pdf", "application/pdf", new byte[] {1, 2, 3})));
        jobs.inTenant(a.tenantId(), () -> outbox.queue(mail));
        aMail = inTenant(a.tenantId(), () -> jdbc.queryForObject("select id from mail_outbox", UUID.class));
        inTenant(a.tenantId(), () -> jdbc.update("""
                insert into notification_preference (tenant_id, user_id, topic, delivery, updated_at, version)
                values (current_tenant_id(), ?, 'RENEWALS', 'CONSOLE', now(), 0)""", a.operator().userId()));
        inTenant(a.tenantId(), () -> jdbc.update("""
                insert into notification_digest (tenant_id, user_id, last_sent_at)
                values (current_tenant_id(), ?, now())""", a.operator().userId()));
    }

    @Test
    void rawSqlUnderTheOtherTenantReadsAndChangesNothing() {
        SignedIn.run(b.admin(), () -> inTenant(b.tenantId(), () -> {
            for (String table : TABLES) {
                assertThat(jdbc.queryForObject("select count(*) from " + table + " where tenant_id = ?", Integer.class,
                        a.tenantId())).as(table).isZero();
                assertThat(jdbc.update("delete from " + table + " where tenant_id = ?", a.tenantId())).as(table)
                        .isZero();
            }
            assertThat(jdbc.update("update mail_outbox set subject = 'x' where id = ?", aMail)).isZero();
            return null;
        }));
        assertRefused(() -> jdbc.update("""
                insert into notification_preference (tenant_id, user_id, topic, delivery, updated_at, version)
                values (?, ?, 'KPI_ALERTS', 'EMAIL', now(), 0)""", a.tenantId(), a.admin().userId()));
        assertRefused(() -> jdbc.update("""
                insert into notification_digest (tenant_id, user_id, last_sent_at) values (?, ?, now())""",
                a.tenantId(), a.admin().userId()));
        assertRefused(() -> jdbc.update("""
                insert into mail_outbox_attachment (tenant_id, mail_id, position, file_name, content_type, content)
                values (?, ?, 9, 'planted.pdf', 'application/pdf', '\\x00')""", a.tenantId(), aMail));
        assertRefused(() -> jdbc.update("""
                insert into mail_outbox (tenant_id, id, locale, topic, subject, body_html, body_text, status,
                                         next_attempt_at, queued_at, version)
                values (?, ?, 'en', 'REPORTS', 'planted', '', '', 'QUEUED', now(), now(), 0)""",
                a.tenantId(), UUID.randomUUID()));
        inTenant(a.tenantId(), () -> {
            for (String table : TABLES) {
                assertThat(jdbc.queryForObject("select count(*) from " + table, Integer.class)).as(table).isEqualTo(1);
            }
            return null;
        });
    }

    @Test
    void theOtherTenantsSenderNeitherClaimsNorMarksTheMessage() {
        assertThat(sender.sendFor(b.tenantId(), Instant.now())).isZero();
        assertThat(inTenant(a.tenantId(), () -> jdbc.queryForObject(
                "select status from mail_outbox where id = ?", String.class, aMail)))
                .isEqualTo(MailStatus.HELD.name());
    }

    @Test
    void theUnsubscribeLookupShowsOneRowAndOnlyForReading() {
        String token = inTenant(a.tenantId(), () -> jdbc.queryForObject(
                "select unsubscribe_token from mail_outbox where id = ?", String.class, aMail));
        Integer seen = new TransactionTemplate(transactionManager).execute(status -> {
            jdbc.queryForObject("select set_config('app.unsubscribe_token', ?, true)", String.class, token);
            assertThat(jdbc.update("update mail_outbox set subject = 'x'")).isZero();
            return jdbc.queryForObject("select count(*) from mail_outbox", Integer.class);
        });
        assertThat(seen).isEqualTo(1);
    }

    private void assertRefused(Runnable write) {
        assertThatThrownBy(() -> SignedIn.run(b.admin(), () -> inTenant(b.tenantId(), () -> {
            write.run();
            return null;
        }))).isInstanceOf(DataAccessException.class);
    }

    private <T> T inTenant(UUID tenantId, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenantId, () -> new TransactionTemplate(transactionManager)
                .execute(status -> work.get()));
    }
}
