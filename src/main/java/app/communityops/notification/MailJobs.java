package app.communityops.notification;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The mail sender, on one node at a time (db-scheduler): every run sends what is due in every tenant's outbox. The
 * interval is how long a message waits at most before its first try.
 */
@Configuration(proxyBeanMethods = false)
class MailJobs {

    static final String SEND = "mail-send";

    @Bean
    RecurringTask<Void> mailSendTask(MailSender sender,
                                     @Value("${communityops.mail.send-interval:30s}") Duration interval) {
        return Tasks.recurring(SEND, Schedules.fixedDelay(interval))
                .execute((instance, context) -> sender.sendAll());
    }
}
