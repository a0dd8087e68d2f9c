package app.communityops.members.health;

import app.communityops.shared.scheduling.TenantJobs;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The member-health job: every minute, on one node, each active tenant is recomputed when its day has turned (once
 * a day, after {@link HealthJobWork#DAILY_AFTER} in the tenant's zone, when the rollups of the night are in) or when
 * a tenant admin saved new thresholds.
 */
@Configuration(proxyBeanMethods = false)
class HealthJobs {

    static final String RECOMPUTE = "member-health";

    @Bean
    RecurringTask<Void> memberHealthTask(TenantJobs jobs, HealthJobWork work) {
        return Tasks.recurring(RECOMPUTE, FixedDelay.of(Duration.ofMinutes(1)))
                .execute((instance, context) -> jobs.forEachActiveTenant(RECOMPUTE, tenant -> work.runIfDue()));
    }
}
