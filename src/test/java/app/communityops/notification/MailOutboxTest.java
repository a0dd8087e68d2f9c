package app.communityops.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.shared.scheduling.TenantJobs;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox against a real SMTP server in the test (GreenMail): what is queued is sent once, in order, or kept. */
@IntegrationTest
class MailOutboxTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    MailOutbox outbox;
    @Autowired
    MailSender sender;
    @Autowired
    MailSettings settings;
    @Autowired
    TenantJobs jobs;
    @Autowired
    TestTenants tenants;
    @Autowired
    app.communityops.report.ReportBrandingService branding;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    Fixture tenant;
    MailSettings.Smtp greenMail;

    @BeforeEach
    void serverAndTenant() {
        greenMail = new MailSettings.Smtp("localhost", SMTP.getSmtp().getPort(), "", "", MailSettings.Security.NONE);
        settings.use(greenMail);
        tenant = tenants.create();
    }

    @AfterEach
    void noServer() {
        settings.use(null);
    }

    @Test
    void aQueuedMessageIsSentInTheRecipientsLanguageWithItsHeaders() throws Exception {
        setLocale(tenant.admin().userId(), "en");
        queue(tenant.admin().userId(), "Figma");
        queue(tenant.operator().userId(), "Miro");

        assertThat(send(Instant.now())).isEqualTo(2);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage english = received[0];
        assertThat(english.getAllRecipients()[0].toString()).contains(tenant.admin().email());
        assertThat(english.getSubject()).isEqualTo("tool renewals");
        assertThat(english.getFrom()[0].toString()).contains(tenant.name());
        String englishBody = plainText(english);
        assertThat(englishBody).contains("Figma renews on 2026-12-20").contains("Email settings")
                .contains("http://localhost:8080/tools");
        UUID id = onlyId(tenant.admin().userId());
        assertThat(english.getMessageID()).isEqualTo("<" + id + "@localhost>");
        String token = transactionOf(tenant.tenantId(), () -> jdbc.queryForObject(
                "select unsubscribe_token from mail_outbox where id = ?", String.class, id));
        assertThat(english.getHeader("List-Unsubscribe")[0])
                .isEqualTo("<http://localhost:8080/mail/unsubscribe/" + token + ">");
        assertThat(english.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(englishBody).contains("http://localhost:8080/unsubscribe/" + token);

        MimeMessage chinese = received[1];
        assertThat(chinese.getSubject()).isEqualTo("工具续费提醒");
        assertThat(plainText(chinese)).contains("http://localhost:8080/tools");
        assertThat(((Multipart) chinese.getContent()).getCount()).isPositive();

        assertThat(statuses()).containsOnly(MailStatus.SENT.name());
        assertThat(send(Instant.now())).as("sent once").isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
    }

    @Test
    void theTenantsReportBrandingSignsTheMessageAndItsLanguageIsTheDefault() throws Exception {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", png);
        app.communityops.report.BrandingForm form = new app.communityops.report.BrandingForm();
        form.setDisplayName("Acme Agency");
        form.setMonthlyLanguage("en");
        SignedIn.run(tenant.admin(), () -> {
            app.communityops.report.BrandingDetails saved = branding.save(-1, form);
            branding.uploadLogo(saved.version(), png.toByteArray());
        });
        queue(tenant.operator().userId(), "Figma");

        assertThat(send(Instant.now())).isEqualTo(1);
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getFrom()[0].toString()).startsWith("Acme Agency <");
        assertThat(received.getSubject()).as("no language of their own: the reports' language").isEqualTo(
                "tool renewals");
        assertThat(html(received)).contains("Acme Agency").contains("src=\"cid:brand-logo\"");
        assertThat(GreenMailUtil.getWholeMessage(received)).contains("Content-ID: <brand-logo>")
                .contains("image/png");
    }

    @Test
    void queueingNeedsTheCallersTransactionAndRollsBackWithIt() {
        assertThatThrownBy(() -> SignedIn.run(tenant.admin(), () -> outbox.queue(mail(tenant.operator().userId(), "x"))))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> jobs.inTenant(tenant.tenantId(), () -> {
            outbox.queue(mail(tenant.operator().userId(), "Rolled back"));
            throw new IllegalStateException("what caused the mail failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(statuses()).isEmpty();
    }

    @Test
    void aServerThatIsDownDelaysTheQueueInOrderAndNothingIsLost() throws Exception {
        settings.use(new MailSettings.Smtp("localhost", closedPort(), "", "", MailSettings.Security.NONE));
        queue(tenant.operator().userId(), "First");
        queue(tenant.operator().userId(), "Second");
        queue(tenant.admin().userId(), "Third");
        Instant start = Instant.now();

        assertThat(send(start)).isZero();
        List<Map<String, Object>> rows = rows();
        assertThat(rows).extracting(row -> row.get("status")).containsExactly("QUEUED", "QUEUED", "QUEUED");
        assertThat(rows).extracting(row -> row.get("attempts")).containsExactly(1, 0, 0);
        assertThat((String) rows.getFirst().get("last_error")).contains("Connection refused");

        settings.use(greenMail);
        assertThat(send(start.plusSeconds(30))).as("the first waits for its back-off; the others wait behind it")
                .isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();

        assertThat(send(start.plus(MailSender.FIRST_RETRY).plusSeconds(1))).isEqualTo(3);
        assertThat(SMTP.getReceivedMessages()).extracting(MailOutboxTest::plainText)
                .satisfiesExactly(body -> assertThat(body).contains("First "),
                        body -> assertThat(body).contains("Second "),
                        body -> assertThat(body).contains("Third "));
        assertThat(rows()).extracting(row -> row.get("status")).containsExactly("SENT", "SENT", "SENT");
        assertThat(rows()).extracting(row -> row.get("attempts")).containsExactly(2, 1, 1);
    }

    @Test
    void backOffDoublesUpToAnHour() {
        assertThat(MailSender.backOff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailSender.backOff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(MailSender.backOff(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(MailSender.backOff(7)).isEqualTo(Duration.ofHours(1));
        assertThat(MailSender.backOff(40)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aPermanentRejectionFailsTheMessageWithTheServersAnswerAndTheQueueMovesOn() throws Exception {
        try (SmtpStub refusing = new SmtpStub("550 5.1.1 <nobody>: Recipient address rejected: User unknown")) {
            settings.use(new MailSettings.Smtp("localhost", refusing.port(), "", "", MailSettings.Security.NONE));
            queue(tenant.operator().userId(), "Refused");
            queue(tenant.admin().userId(), "Also refused");
            assertThat(send(Instant.now())).isZero();
        }
        List<Map<String, Object>> rows = rows();
        assertThat(rows).extracting(row -> row.get("status")).containsExactly("FAILED", "FAILED");
        assertThat(rows).extracting(row -> row.get("attempts")).containsExactly(1, 1);
        assertThat((String) rows.getFirst().get("last_error")).contains("550 5.1.1").contains("User unknown");
    }

    @Test
    void withoutAServerMessagesAreHeldAndSentOnceOneIsConfigured() throws Exception {
        settings.use(null);
        queue(tenant.operator().userId(), "Held");
        assertThat(statuses()).containsExactly(MailStatus.HELD.name());
        assertThat(send(Instant.now())).isZero();
        assertThat(statuses()).containsExactly(MailStatus.HELD.name());

        settings.use(greenMail);
        assertThat(send(Instant.now())).isEqualTo(1);
        assertThat(statuses()).containsExactly(MailStatus.SENT.name());
        assertThat(plainText(SMTP.getReceivedMessages()[0])).contains("Held ");
    }

    @Test
    void aRecipientWithoutAnAddressIsRecordedAsNotSendable() {
        transactionOf(tenant.tenantId(), () -> jdbc.update("update user_account set email = 'wechat-only' where id = ?",
                tenant.operator().userId()));
        queue(tenant.operator().userId(), "Nowhere");

        assertThat(send(Instant.now())).isZero();
        List<Map<String, Object>> rows = rows();
        assertThat(rows).extracting(row -> row.get("status")).containsExactly("NOT_SENDABLE");
        assertThat(rows.getFirst().get("last_error")).isEqualTo(OutboxMailQueue.NO_ADDRESS);
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void aClaimAbandonedByAStoppedSenderIsSentAgainUnderTheSameMessageId() throws Exception {
        queue(tenant.operator().userId(), "Abandoned");
        UUID id = onlyId(tenant.operator().userId());
        Instant claimed = Instant.now().minus(MailSender.ABANDONED).minusSeconds(5);
        transactionOf(tenant.tenantId(), () -> jdbc.update("""
                update mail_outbox set status = 'SENDING', claimed_at = ? where id = ?""",
                java.sql.Timestamp.from(claimed), id));

        assertThat(send(Instant.now())).isEqualTo(1);
        assertThat(SMTP.getReceivedMessages()[0].getMessageID()).isEqualTo("<" + id + "@localhost>");
    }

    @Test
    void aRecentClaimIsLeftToTheSenderThatHoldsIt() {
        queue(tenant.operator().userId(), "Being sent");
        UUID id = onlyId(tenant.operator().userId());
        transactionOf(tenant.tenantId(), () -> jdbc.update(
                "update mail_outbox set status = 'SENDING', claimed_at = now() where id = ?", id));
        assertThat(send(Instant.now())).isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void attachmentsGoWithTheMessage() throws Exception {
        OutgoingMail mail = new OutgoingMail(tenant.operator().userId(), NotificationTopic.REPORTS,
                OutgoingMail.Text.of("mail.topic.REPORTS"), List.of(OutgoingMail.Text.of("mail.open")),
                OutgoingMail.Text.of("mail.preferences"), null,
                List.of(new OutgoingMail.Attachment("report.pdf", "application/pdf", "%PDF-1.7".getBytes())));
        assertThat(jobs.inTenant(tenant.tenantId(), () -> outbox.queue(mail))).isTrue();

        assertThat(send(Instant.now())).isEqualTo(1);
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(GreenMailUtil.getWholeMessage(received)).contains("report.pdf").contains("application/pdf");
    }

    @Test
    void aRecipientWhoChoseTheConsoleOnlyGetsNoMail() {
        transactionOf(tenant.tenantId(), () -> jdbc.update("""
                insert into notification_preference (tenant_id, user_id, topic, delivery, updated_at, version)
                values (current_tenant_id(), ?, 'RENEWALS', 'CONSOLE', now(), 0)""", tenant.operator().userId()));
        assertThat(jobs.inTenant(tenant.tenantId(), () -> outbox.queue(mail(tenant.operator().userId(), "Quiet"))))
                .isFalse();
        assertThat(statuses()).isEmpty();
    }

    private void queue(UUID recipient, String tool) {
        assertThat(jobs.inTenant(tenant.tenantId(), () -> outbox.queue(mail(recipient, tool)))).isTrue();
    }

    static OutgoingMail mail(UUID recipient, String tool) {
        return new OutgoingMail(recipient, NotificationTopic.RENEWALS, OutgoingMail.Text.of("mail.topic.RENEWALS"),
                List.of(OutgoingMail.Text.of("tool.notification.renewal", tool, "2026-12-20", "3")),
                OutgoingMail.Text.of("mail.preferences"), "tools", List.of());
    }

    private int send(Instant now) {
        return sender.sendFor(tenant.tenantId(), now);
    }

    private void setLocale(UUID user, String locale) {
        transactionOf(tenant.tenantId(),
                () -> jdbc.update("update user_account set locale = ? where id = ?", locale, user));
    }

    private UUID onlyId(UUID recipient) {
        return transactionOf(tenant.tenantId(), () -> jdbc.queryForObject(
                "select id from mail_outbox where recipient_id = ?", UUID.class, recipient));
    }

    private List<String> statuses() {
        return rows().stream().map(row -> (String) row.get("status")).toList();
    }

    private List<Map<String, Object>> rows() {
        return transactionOf(tenant.tenantId(), () -> jdbc.queryForList(
                "select status, attempts, last_error from mail_outbox order by seq"));
    }

    private <T> T transactionOf(UUID tenantId, java.util.function.Supplier<T> work) {
        return app.communityops.shared.TenantContext.callAs(tenantId,
                () -> new TransactionTemplate(transactionManager).execute(status -> work.get()));
    }

    /** The plain-text part, decoded. */
    static String plainText(jakarta.mail.Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = plainText(multipart.getBodyPart(i));
                    if (!text.isEmpty()) {
                        return text;
                    }
                }
            }
            return "";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The HTML part, decoded. */
    static String html(jakarta.mail.Part part) {
        try {
            if (part.isMimeType("text/html")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String html = html(multipart.getBodyPart(i));
                    if (!html.isEmpty()) {
                        return html;
                    }
                }
            }
            return "";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
