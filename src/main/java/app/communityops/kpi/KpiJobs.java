package app.communityops.kpi;

import app.communityops.shared.scheduling.TenantJobs;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rollup job: every five minutes, on one node, every active tenant in turn folds in the events that arrived
 * and evaluates the current periods' targets.
 */
@Configuration(proxyBeanMethods = false)
class KpiJobs {

    static final String ROLLUPS = "kpi-rollups";

    @Bean
    RecurringTask<Void> kpiRollupsTask(TenantJobs jobs, KpiJobWork work) {
        return Tasks.recurring(ROLLUPS, Schedules.fixedDelay(Duration.ofMinutes(5)))
                .execute((instance, context) -> jobs.forEachActiveTenant(ROLLUPS, tenant -> work.run()));
    }
}
