package app.communityops.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.join.JoinPublicService;
import app.communityops.join.StandingData;
import app.communityops.testing.IntegrationTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The join page's code reaches the address typed, through the outbox and a real SMTP server (GreenMail), as a
 * message to someone without an account: the code and the community in it, no unsubscribe and no way into a
 * console they cannot use.
 */
@IntegrationTest
class JoinCodeMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired StandingData data;
    @Autowired JoinPublicService join;
    @Autowired MailSender sender;
    @Autowired MailSettings settings;

    @BeforeEach
    void server() {
        settings.use(new MailSettings.Smtp("localhost", SMTP.getSmtp().getPort(), "", "", MailSettings.Security.NONE));
    }

    @AfterEach
    void noServer() {
        settings.use(null);
    }

    @Test
    void theCodeIsMailedToTheAddressTypedWithNothingOfTheConsole() throws Exception {
        StandingData.Standing standing = data.tierOnly();
        join.sendCode(standing.ready().token(), "applicant@example.test", Locale.ENGLISH, "10.3.0.1");
        String code = data.mailedCode(standing.ready().tenant(), "applicant@example.test");

        assertThat(sender.sendFor(standing.ready().tenant().tenantId(), Instant.now())).isEqualTo(1);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(((InternetAddress) mail.getAllRecipients()[0]).getAddress()).isEqualTo("applicant@example.test");
        assertThat(mail.getSubject()).startsWith(code + " is your code for ");
        assertThat(MailOutboxTest.plainText(mail))
                .contains("Your code is " + code + ". Type it on the join page within 15 minutes.")
                .contains("You asked for this code on the join page of")
                .doesNotContain("Email settings", "Open in the console", "unsubscribe");
        assertThat(mail.getHeader("List-Unsubscribe")).isNull();
    }
}
