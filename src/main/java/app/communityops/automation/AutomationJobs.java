package app.communityops.automation;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.time.LocalTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The automation jobs, each on one node at a time (db-scheduler): the engine every few seconds
 * ({@code communityops.automation.interval}, 5 s unless set, for {@code communityops.automation.window} per pick-up),
 * the scans and the clock every minute, and the signals' retention once a day.
 */
@Configuration(proxyBeanMethods = false)
class AutomationJobs {

    static final String ENGINE = "automation-engine";
    static final String SCANS = "automation-scans";
    static final String RETENTION = "automation-retention";

    /**
     * Picked up once per scheduler poll, then a pass every {@code interval} for {@code window} (20 s: it ends, and
     * the next run falls due, before the next 30-s poll), so the delay from a fact to its run is about one interval,
     * on whichever single node holds the job.
     */
    @Bean
    RecurringTask<Void> automationEngineTask(AutomationWork work,
                                             @Value("${communityops.automation.interval:5s}") Duration interval,
                                             @Value("${communityops.automation.window:20s}") Duration window) {
        return Tasks.recurring(ENGINE, FixedDelay.of(interval))
                .execute((instance, context) -> work.runFor(window, interval));
    }

    @Bean
    RecurringTask<Void> automationScansTask(AutomationWork work) {
        return Tasks.recurring(SCANS, FixedDelay.of(Duration.ofMinutes(1))).execute((instance, context) -> work.scanAll());
    }

    @Bean
    RecurringTask<Void> automationRetentionTask(AutomationWork work) {
        return Tasks.recurring(RETENTION, Schedules.daily(LocalTime.of(3, 40)))
                .execute((instance, context) -> work.trimAll());
    }
}
