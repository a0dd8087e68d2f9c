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
    static final String DELIVERY_SCHEDULE = "report-delivery-schedule";

    @Bean
    RecurringTask<Void> reportMonthlySnapshotsTask(TenantJobs jobs, MonthlySnapshots monthly) {
        return Tasks.recurring(MONTHLY_SNAPSHOTS, Schedules.daily(hours()))
                .execute((instance, context) -> jobs.forEachActiveTenant(MONTHLY_SNAPSHOTS, tenant -> monthly.run()));
    }

    /**
     * Prepares the scheduled reports, hourly for the same reason: a community's day begins at its tenant's own
     * hour, and a run that finds the period prepared already does nothing (decision 0041).
     */
    @Bean
    RecurringTask<Void> reportDeliveryScheduleTask(TenantJobs jobs, ReportDeliveryService deliveries) {
        return Tasks.recurring(DELIVERY_SCHEDULE, Schedules.daily(hours()))
                .execute((instance, context) -> jobs.forEachActiveTenant(DELIVERY_SCHEDULE,
                        tenant -> JobPrincipal.call("Report schedule", deliveries::prepareScheduled)));
    }

    private static LocalTime[] hours() {
        LocalTime[] hours = new LocalTime[24];
        for (int hour = 0; hour < 24; hour++) {
            hours[hour] = LocalTime.of(hour, 20);
        }
        return hours;
    }
}
