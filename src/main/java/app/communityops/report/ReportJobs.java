package app.communityops.report;

import app.communityops.shared.scheduling.TenantJobs;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The monthly snapshot job, on one node at a time (db-scheduler). It runs hourly rather than at midnight on the
 * 1st: each tenant's month begins at its own UTC hour, and a node that was down at that hour must not skip a month.
 * A run that finds last month's snapshots there does nothing (ADR 0018).
 */
@Configuration(proxyBeanMethods = false)
class ReportJobs {

    static final String MONTHLY_SNAPSHOTS = "report-monthly-snapshots";

    @Bean
    RecurringTask<Void> reportMonthlySnapshotsTask(TenantJobs jobs, MonthlySnapshots monthly) {
        return Tasks.recurring(MONTHLY_SNAPSHOTS, Schedules.daily(hours()))
                .execute((instance, context) -> jobs.forEachActiveTenant(MONTHLY_SNAPSHOTS, tenant -> monthly.run()));
    }

    private static LocalTime[] hours() {
        LocalTime[] hours = new LocalTime[24];
        for (int hour = 0; hour < 24; hour++) {
            hours[hour] = LocalTime.of(hour, 20);
        }
        return hours;
    }
}
