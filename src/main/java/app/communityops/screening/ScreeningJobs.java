package app.communityops.screening;

import app.communityops.shared.scheduling.TenantJobs;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The daily waiting-applications notice, every active tenant in turn. Hourly rather than once a day, so each tenant
 * hears at its own local hour; a community's notice of the day is claimed once.
 */
@Configuration(proxyBeanMethods = false)
class ScreeningJobs {

    static final String WAITING_APPLICATIONS = "screening-waiting-applications";

    @Bean
    RecurringTask<Void> screeningWaitingApplicationsTask(TenantJobs jobs, WaitingApplications waiting) {
        return Tasks.recurring(WAITING_APPLICATIONS, Schedules.daily(hours()))
                .execute((instance, context) -> jobs.forEachActiveTenant(WAITING_APPLICATIONS,
                        tenant -> waiting.announce()));
    }

    private static LocalTime[] hours() {
        LocalTime[] hours = new LocalTime[24];
        for (int hour = 0; hour < 24; hour++) {
            hours[hour] = LocalTime.of(hour, 10);
        }
        return hours;
    }
}
