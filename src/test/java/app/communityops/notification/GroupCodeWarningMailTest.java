package app.communityops.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.join.GroupCodeService;
import app.communityops.join.GroupCodeWarnings;
import app.communityops.join.JoinTestData;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.TenantContext;
import app.communityops.shared.scheduling.TenantJobs;
import app.communityops.tenancy.TenantDirectory;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A group code's warning reaches, through the outbox and a real SMTP server (GreenMail), the community's operators
 * whose settings say email (the default), and not one who chose the console only nor a tenant admin, whose default
 * is the digest.
 */
@IntegrationTest
class GroupCodeWarningMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired JoinTestData data;
    @Autowired GroupCodeWarnings warnings;
    @Autowired GroupCodeService codes;
    @Autowired NotificationService notifications;
    @Autowired NotificationSettingsService notificationSettings;
    @Autowired MailSender sender;
    @Autowired MailSettings settings;
    @Autowired TenantJobs jobs;
    @Autowired TenantDirectory directory;
    @Autowired TestTenants tenants;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;

    @BeforeEach
    void server() {
        settings.use(new MailSettings.Smtp("localhost", SMTP.getSmtp().getPort(), "", "", MailSettings.Security.NONE));
    }

    @AfterEach
    void noServer() {
        settings.use(null);
    }

    @Test
    void theOperatorsWhoChoseEmailAreMailedTheDayBeforeExpiry() throws Exception {
        JoinTestData.Ready ready = data.paidEntry(500);
        TestTenants.Fixture tenant = ready.tenant();
        AppPrincipal quiet = tenants.operatorOfCommunity(tenant, "quiet");
        SignedIn.run(quiet, () -> notificationSettings.choose(NotificationTopic.GROUP_CODES, Delivery.CONSOLE));
        TenantContext.callAs(tenant.tenantId(), () -> new TransactionTemplate(transactionManager).execute(status ->
                jdbc.update("update user_account set locale = 'en' where id = ?", tenant.operator().userId())));
        LocalDate expiresOn = SignedIn.as(tenant.operator(), () -> codes.codes(ready.communityId())).getFirst()
                .expiresOn();
        Instant dayBefore = expiresOn.minusDays(1).atTime(10, 0).atZone(directory.zone(tenant.tenantId()))
                .toInstant();

        assertThat(jobs.inTenant(tenant.tenantId(), () -> warnings.warnAsOf(dayBefore))).isEqualTo(1);
        assertThat(jobs.inTenant(tenant.tenantId(), () -> warnings.warnAsOf(dayBefore))).isZero();
        assertThat(sender.sendFor(tenant.tenantId(), Instant.now())).isEqualTo(1);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(Arrays.stream(received).map(this::recipient)).containsExactly(tenant.operator().email());
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).contains("Group 1").contains(expiresOn.toString()).contains("expires");
        assertThat(MailOutboxTest.plainText(mail))
                .contains("http://localhost:8080/communities/" + ready.communityId() + "/join?tab=codes")
                .contains("group code warnings");
        assertThat(SignedIn.as(quiet, notifications::unreadCount)).as("still told in the console").isEqualTo(1);
        assertThat(SignedIn.as(tenant.admin(), notifications::unreadCount)).isEqualTo(1);
    }

    private String recipient(MimeMessage message) {
        try {
            return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
