package app.communityops.join;

import app.communityops.shared.scheduling.TenantJobs;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The daily group-code warnings, every active tenant in turn. Hourly rather than once a day, so each tenant hears at
 * its own morning, and a community whose last code fills during the day hears within the hour; each warning is
 * claimed once however often the job runs. The same hourly pass drops the join pages' mailed codes of the day
 * before.
 */
@Configuration(proxyBeanMethods = false)
class JoinJobs {

    static final String GROUP_CODE_WARNINGS = "join-group-code-warnings";

    @Bean
    RecurringTask<Void> joinGroupCodeWarningsTask(TenantJobs jobs, GroupCodeWarnings warnings,
                                                  ContactProofRetention proofs) {
        return Tasks.recurring(GROUP_CODE_WARNINGS, Schedules.daily(hours()))
                .execute((instance, context) -> jobs.forEachActiveTenant(GROUP_CODE_WARNINGS, tenant -> {
                    warnings.warnDue();
                    proofs.purge();
                }));
    }

    private static LocalTime[] hours() {
        LocalTime[] hours = new LocalTime[24];
        for (int hour = 0; hour < 24; hour++) {
            hours[hour] = LocalTime.of(hour, 20);
        }
        return hours;
    }
}
