package app.communityops.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.communityops.shared.scheduling.TenantJobs;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.context.WebApplicationContext;

/**
 * RFC 8058 one-click unsubscribe: a mail client's POST with the message's token turns its topic to "console only"
 * for its recipient, without a session or CSRF token; any other token gets the same answer and changes nothing.
 */
@IntegrationTest
class UnsubscribeTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    MailOutbox outbox;
    @Autowired
    NotificationSettingsService settings;
    @Autowired
    TenantJobs jobs;
    @Autowired
    TestTenants tenants;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    MockMvc mvc;
    Fixture tenant;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        tenant = tenants.create();
    }

    @Test
    void aValidTokenTurnsTheTopicOffForItsRecipientOnly() throws Exception {
        String token = queue();

        mvc.perform(post("/mail/unsubscribe/" + token).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("List-Unsubscribe=One-Click").with(request -> {
                            request.setRemoteAddr("192.0.2.10");
                            return request;
                        }))
                .andExpect(status().isOk()).andExpect(content().string("Unsubscribed\n"));

        assertThat(SignedIn.as(tenant.operator(), settings::mine))
                .contains(new TopicSetting(NotificationTopic.RENEWALS, Delivery.CONSOLE, false))
                .contains(new TopicSetting(NotificationTopic.KPI_ALERTS, Delivery.EMAIL, true));
        assertThat(SignedIn.as(tenant.admin(), settings::mine))
                .contains(new TopicSetting(NotificationTopic.RENEWALS, Delivery.EMAIL, true));
        assertThat(jobs.inTenant(tenant.tenantId(), () -> outbox.queue(MailOutboxTest.mail(tenant.operator().userId(),
                "After"))))
                .as("no more mail of the topic").isFalse();
    }

    @Test
    void aForgedOrMalformedTokenGetsTheSameAnswerAndChangesNothing() throws Exception {
        String token = queue();
        String forged = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
        for (String bad : List.of(forged, "short", "x".repeat(43))) {
            mvc.perform(post("/mail/unsubscribe/" + bad).with(request -> {
                        request.setRemoteAddr("192.0.2.11");
                        return request;
                    }))
                    .andExpect(status().isOk()).andExpect(content().string("Unsubscribed\n"));
        }
        assertThat(SignedIn.as(tenant.operator(), settings::mine))
                .contains(new TopicSetting(NotificationTopic.RENEWALS, Delivery.EMAIL, true));
        assertThat(settings.unsubscribe(forged)).isEmpty();
    }

    @Test
    void oneAddressTryingTooOftenIsToldToWait() throws Exception {
        int limit = 20;
        for (int i = 0; i < limit; i++) {
            mvc.perform(post("/mail/unsubscribe/" + "y".repeat(43)).with(request -> {
                request.setRemoteAddr("192.0.2.12");
                return request;
            })).andExpect(status().isOk());
        }
        mvc.perform(post("/mail/unsubscribe/" + "y".repeat(43)).with(request -> {
            request.setRemoteAddr("192.0.2.12");
            return request;
        })).andExpect(status().isTooManyRequests());
        mvc.perform(post("/mail/unsubscribe/" + "y".repeat(43)).with(request -> {
            request.setRemoteAddr("192.0.2.13");
            return request;
        })).andExpect(status().isOk());
    }

    @Test
    void aDigestsUnsubscribeTurnsOffEveryTopicItCollects() {
        SignedIn.run(tenant.operator(), () -> {
            settings.choose(NotificationTopic.KPI_ALERTS, Delivery.DIGEST);
            settings.choose(NotificationTopic.RENEWALS, Delivery.DIGEST);
        });
        String token = jobs.inTenant(tenant.tenantId(), () -> {
            ((OutboxMailQueue) outbox).queueDigest(MailOutboxTest.mail(tenant.operator().userId(), "Digest"));
            return jdbc.queryForObject("select unsubscribe_token from mail_outbox where digest", String.class);
        });
        assertThat(settings.unsubscribe(token).orElseThrow().topics())
                .containsExactly(NotificationTopic.KPI_ALERTS, NotificationTopic.RENEWALS);
        assertThat(SignedIn.as(tenant.operator(), settings::mine)).extracting(TopicSetting::delivery)
                .doesNotContain(Delivery.DIGEST);
    }

    private String queue() {
        return jobs.inTenant(tenant.tenantId(), () -> {
            outbox.queue(MailOutboxTest.mail(tenant.operator().userId(), "Figma"));
            return jdbc.queryForObject("select unsubscribe_token from mail_outbox", String.class);
        });
    }
}
