package app.communityops.webhook;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The webhook sender, on one node at a time (db-scheduler, decision 0012). The interval is how long a new delivery
 * waits at most before its first attempt.
 */
@Configuration(proxyBeanMethods = false)
class WebhookJobs {

    static final String SEND = "webhook-send";

    @Bean
    RecurringTask<Void> webhookSendTask(WebhookSender sender,
                                        @Value("${communityops.webhook.send-interval:10s}") Duration interval) {
        return Tasks.recurring(SEND, Schedules.fixedDelay(interval))
                .execute((instance, context) -> sender.sendAll());
    }
}
