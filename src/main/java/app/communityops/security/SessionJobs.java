package app.communityops.security;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The nightly clean-up of old session rows. The table is platform-level (no tenant), so the job runs once, not per
 * tenant, and db-scheduler gives each run to one node.
 */
@Configuration(proxyBeanMethods = false)
class SessionJobs {

    static final String FORGET_OLD_SESSIONS = "forget-old-sessions";
    private static final Logger log = LoggerFactory.getLogger(SessionJobs.class);

    @Bean
    RecurringTask<Void> forgetOldSessionsTask(SessionStore store) {
        return Tasks.recurring(FORGET_OLD_SESSIONS, Schedules.daily(LocalTime.of(3, 40)))
                .execute((instance, context) -> log.info("Forgot {} old session rows", store.forgetOld()));
    }
}
