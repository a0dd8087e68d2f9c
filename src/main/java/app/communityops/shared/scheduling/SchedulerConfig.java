package app.communityops.shared.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * The one db-scheduler of this node. Every {@link Task} bean is known to it; recurring ones are scheduled at
 * start-up (once for the installation: their row is shared). It starts polling only when the application is
 * ready, so no job runs against a half-started context, and stops with the context.
 *
 * <p>With {@code communityops.scheduler.enabled=false} (tests; a node that only serves the UI) it is built but never
 * started: no polling, no job. That is decided when the node starts, not by a bean condition, because the production
 * jar's bean definitions are generated at build time (decision 0038).
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfig {

    private static final Logger log = LoggerFactory.getLogger(SchedulerConfig.class);

    static final String TABLE = "scheduled_tasks";

    @Bean(destroyMethod = "stop")
    Scheduler scheduler(DataSource dataSource, ObjectProvider<Task<?>> taskBeans,
                        @Value("${communityops.scheduler.polling-interval:30s}") Duration pollingInterval,
                        @Value("${communityops.scheduler.threads:2}") int threads,
                        @Value("${communityops.scheduler.node-name:}") String nodeName) {
        return build(dataSource, taskBeans.orderedStream().toList(), pollingInterval, threads,
                nodeName.isBlank() ? nodeName() : nodeName.strip());
    }

    /** Recurring tasks are handed over as start tasks only: db-scheduler refuses a task it is given twice. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static Scheduler build(DataSource dataSource, List<Task<?>> tasks, Duration pollingInterval, int threads,
                           String nodeName) {
        List<RecurringTask> recurring = tasks.stream().filter(RecurringTask.class::isInstance)
                .map(RecurringTask.class::cast).toList();
        List<Task<?>> others = tasks.stream().filter(task -> !(task instanceof RecurringTask)).toList();
        return Scheduler.create(dataSource, others).startTasks(recurring).tableName(TABLE).threads(threads)
                .pollingInterval(pollingInterval).schedulerName(new SchedulerName.Fixed(nodeName))
                .addSchedulerListener(new ExecutionLog(nodeName)).build();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start(ApplicationReadyEvent event) {
        if (event.getApplicationContext().getEnvironment()
                .getProperty("communityops.scheduler.enabled", Boolean.class, true)) {
            event.getApplicationContext().getBean(Scheduler.class).start();
        } else {
            log.info("Scheduled jobs are off on this node (communityops.scheduler.enabled=false)");
        }
    }

    /** Shown as {@code picked_by} and in {@link ExecutionLog}: which node runs a job. */
    private static String nodeName() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        try {
            return InetAddress.getLocalHost().getHostName() + "-" + suffix;
        } catch (UnknownHostException e) {
            return "node-" + suffix;
        }
    }
}
