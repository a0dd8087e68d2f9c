package app.communityops.notification;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import app.communityops.shared.scheduling.TenantJobs;
import java.time.Duration;
import java.time.LocalTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The mail jobs, each on one node at a time (db-scheduler): the sender (every run sends what is due in every tenant's
 * outbox; the interval is how long a message waits at most before its first try) and the daily digest.
 */
@Configuration(proxyBeanMethods = false)
class MailJobs {

    static final String SEND = "mail-send";
    static final String DIGEST = "notification-daily-digest";

    @Bean
    RecurringTask<Void> mailSendTask(MailSender sender,
                                     @Value("${communityops.mail.send-interval:30s}") Duration interval) {
        return Tasks.recurring(SEND, Schedules.fixedDelay(interval))
                .execute((instance, context) -> sender.sendAll());
    }

    /** Hourly, so each tenant's digest goes out at its own local hour; a digest is made once a day per user. */
    @Bean
    RecurringTask<Void> notificationDigestTask(TenantJobs jobs, DailyDigest digest) {
        return Tasks.recurring(DIGEST, Schedules.daily(hours()))
                .execute((instance, context) -> jobs.forEachActiveTenant(DIGEST, tenant -> digest.run()));
    }

    private static LocalTime[] hours() {
        LocalTime[] hours = new LocalTime[24];
        for (int hour = 0; hour < 24; hour++) {
            hours[hour] = LocalTime.of(hour, 5);
        }
        return hours;
    }
}
