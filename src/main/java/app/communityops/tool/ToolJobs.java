package app.communityops.tool;

import app.communityops.shared.scheduling.TenantJobs;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The daily renewal-reminder job, every active tenant in turn. Hourly rather than once a day, so a tenant whose
 * morning comes at another UTC hour, or a node that was down at the hour, still gets its reminders the same day;
 * the reminders themselves are sent once per tool and renewal date however often the job runs.
 */
@Configuration(proxyBeanMethods = false)
class ToolJobs {

    static final String RENEWAL_REMINDERS = "tool-renewal-reminders";

    @Bean
    RecurringTask<Void> toolRenewalRemindersTask(TenantJobs jobs, ToolRenewalReminders reminders) {
        return Tasks.recurring(RENEWAL_REMINDERS, Schedules.daily(hours()))
                .execute((instance, context) -> jobs.forEachActiveTenant(RENEWAL_REMINDERS,
                        tenant -> reminders.remindDue()));
    }

    private static LocalTime[] hours() {
        LocalTime[] hours = new LocalTime[24];
        for (int hour = 0; hour < 24; hour++) {
            hours[hour] = LocalTime.of(hour, 5);
        }
        return hours;
    }
}
