package app.communityops.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.report.DeliverySettings;
import app.communityops.report.ReportDelivery;
import app.communityops.report.ReportDeliveryService;
import app.communityops.report.ReportPeriod;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.TenantContext;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A sent report reaches every user of the client through the outbox and a real SMTP server (GreenMail): with the
 * PDF attached by default, or with a signed link when the tenant chose links; a user without a usable address is
 * kept in the outbox as not sendable and still finds the report in the console.
 */
@IntegrationTest
class ReportDeliveryMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Pattern LINK = Pattern.compile("http://localhost:8080/report-links/([A-Za-z0-9_.-]+)");

    @Autowired ReportDeliveryService deliveries;
    @Autowired NotificationService notifications;
    @Autowired MailSender sender;
    @Autowired MailSettings settings;
    @Autowired TestTenants tenants;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;

    Fixture tenant;
    AppPrincipal second;

    @BeforeEach
    void serverAndTenantWithTwoClientUsers() {
        settings.use(new MailSettings.Smtp("localhost", SMTP.getSmtp().getPort(), "", "", MailSettings.Security.NONE));
        tenant = tenants.create();
        second = tenants.clientUser(tenant, "second");
    }

    @AfterEach
    void noServer() {
        settings.use(null);
    }

    @Test
    void everyClientUserReceivesThePdfAttached() throws Exception {
        ReportDelivery sent = send();
        assertThat(sent.recipients()).isEqualTo(2);
        assertThat(sent.mailed()).isEqualTo(2);

        assertThat(sender.sendFor(tenant.tenantId(), Instant.now())).isEqualTo(2);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).extracting(message -> address(message))
                .containsExactlyInAnyOrder(tenant.clientUser().email(), second.email());
        for (MimeMessage message : received) {
            assertThat(message.getSubject()).contains("Community " + tenant.name().substring("Tenant ".length()))
                    .contains(sent.period().code());
            List<BodyPart> pdfs = attachments(message);
            assertThat(pdfs).hasSize(1);
            assertThat(pdfs.getFirst().getFileName()).isEqualTo("operations-report-" + sent.period().code() + ".pdf");
            assertThat(new String(pdfs.getFirst().getInputStream().readNBytes(5))).isEqualTo("%PDF-");
            assertThat(MailOutboxTest.plainText(message)).as("in the reports' language, Chinese by default")
                    .contains("报告 PDF 见附件")
                    .contains("http://localhost:8080/communities/" + tenant.communityId() + "/reports/" + sent.id());
        }
    }

    @Test
    void withLinksChosenEachUserGetsASignedLinkOfTheirOwnAndNoAttachment() throws Exception {
        SignedIn.run(tenant.admin(), () -> deliveries.saveSettings(new DeliverySettings(false, 14, false)));
        send();
        sender.sendFor(tenant.tenantId(), Instant.now());

        List<String> tokens = new ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            assertThat(attachments(message)).isEmpty();
            String body = MailOutboxTest.plainText(message);
            assertThat(body).contains("14 天内有效");
            Matcher link = LINK.matcher(body);
            assertThat(link.find()).as(body).isTrue();
            tokens.add(link.group(1));
        }
        assertThat(tokens).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void aUserWithoutAUsableAddressIsKeptAsNotSendableAndStillToldInTheConsole() {
        TenantContext.callAs(tenant.tenantId(), () -> new TransactionTemplate(transactionManager).execute(status ->
                jdbc.update("update user_account set email = 'no-address' where id = ?", second.userId())));
        send();

        assertThat(sender.sendFor(tenant.tenantId(), Instant.now())).isEqualTo(1);
        assertThat(SMTP.getReceivedMessages()).extracting(ReportDeliveryMailTest::address)
                .containsExactly(tenant.clientUser().email());
        List<String> statuses = TenantContext.callAs(tenant.tenantId(), () -> new TransactionTemplate(
                transactionManager).execute(status -> jdbc.queryForList(
                "select status from mail_outbox where recipient_id = ?", String.class, second.userId())));
        assertThat(statuses).containsExactly(MailStatus.NOT_SENDABLE.name());
        assertThat(SignedIn.as(second, notifications::list)).extracting(NotificationItem::kind)
                .containsExactly("report.notice.sent");
    }

    private ReportDelivery send() {
        return SignedIn.as(tenant.admin(), () -> {
            ReportDelivery draft = deliveries.prepare(tenant.communityId(),
                    ReportPeriod.month(YearMonth.now().minusMonths(1)));
            ReportDelivery review = deliveries.submit(tenant.communityId(), draft.id(), draft.version());
            return deliveries.send(tenant.communityId(), draft.id(), review.version(), done -> { });
        });
    }

    private static String address(MimeMessage message) {
        try {
            return ((jakarta.mail.internet.InternetAddress) message.getAllRecipients()[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<BodyPart> attachments(Part part) throws Exception {
        List<BodyPart> found = new ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition())) {
                    found.add(child);
                } else {
                    found.addAll(attachments(child));
                }
            }
        }
        return found;
    }
}
