package app.communityops.shared.scheduling;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import app.communityops.shared.AppPrincipal;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.notification.Notice;
import app.communityops.notification.NotificationService;
import app.communityops.notification.NotificationTopic;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.TenantContext;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

@IntegrationTest
class SchedulingTest {

    @Autowired
    TenantJobs jobs;
    @Autowired
    TestTenants tenants;
    @Autowired
    NotificationService notifications;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ApplicationContext context;

    @Test
    void testsRunWithoutPolling() {
        // Built, as on every node, but never started: communityops.scheduler.enabled=false in the tests.
        assertThat(context.getBean(Scheduler.class).getSchedulerState().isStarted()).isFalse();
    }

    @Test
    @SuppressWarnings({"rawtypes", "unchecked"})
    void theApplicationsRecurringJobsAreScheduledOnceWhenANodeStarts() {
        List<com.github.kagkarlsson.scheduler.task.Task<?>> tasks = (List) List.copyOf(
                context.getBeansOfType(com.github.kagkarlsson.scheduler.task.Task.class).values());
        assertThat(tasks).extracting(com.github.kagkarlsson.scheduler.task.Task::getName)
                .contains("tool-renewal-reminders");
        HikariDataSource pool = (HikariDataSource) dataSource;
        for (String name : List.of("node-a", "node-b")) {
            Scheduler node = SchedulerConfig.build(new DriverManagerDataSource(pool.getJdbcUrl(), pool.getUsername(),
                    pool.getPassword()), tasks, Duration.ofHours(1), 1, name);
            node.start();
            node.stop();
        }
        assertThat(jdbc.queryForObject("""
                select count(*) from scheduled_tasks where task_name = 'tool-renewal-reminders'
                and execution_time > now()""", Integer.class)).isEqualTo(1);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void twoNodesOnOneDatabaseRunEachDueExecutionExactlyOnce(CapturedOutput output) throws InterruptedException {
        int runs = 12;
        Map<String, List<String>> ranBy = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(runs);
        OneTimeTask<Void> task = Tasks.oneTime("one-node-check-" + UUID.randomUUID()).execute((instance, execution) -> {
            ranBy.computeIfAbsent(instance.getId(), id -> new CopyOnWriteArrayList<>())
                    .add(execution.getExecution().pickedBy);
            done.countDown();
        });
        // Each node with its own connections, as two application instances would have.
        HikariDataSource pool = (HikariDataSource) dataSource;
        Scheduler first = node("node-a", task, pool);
        Scheduler second = node("node-b", task, pool);
        for (int i = 0; i < runs; i++) {
            first.schedule(task.instance("run-" + i), Instant.now());
        }
        first.start();
        second.start();
        try {
            assertThat(done.await(60, TimeUnit.SECONDS)).as("all runs done").isTrue();
        } finally {
            first.stop();
            second.stop();
        }
        assertThat(ranBy).hasSize(runs).allSatisfy((id, nodes) -> assertThat(nodes).hasSize(1));
        assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where task_name = ?", Integer.class,
                task.getName())).isZero();
        // Each run leaves one line naming the node that ran it: the evidence the two-node check counts.
        List<String> lines = output.getAll().lines()
                .filter(line -> line.contains("Scheduled job " + task.getName() + " due ")).toList();
        assertThat(lines).hasSize(runs)
                .allSatisfy(line -> assertThat(line).containsPattern(" ran on node node-[ab] in \\d+ ms"));
    }

    @Test
    void tenantWorkRunsInsideTheTenantAsTheJobNotAsAPerson() {
        Fixture tenant = tenants.create();
        int published = jobs.inTenant(tenant.tenantId(), () -> {
            assertThat(TenantContext.current()).contains(tenant.tenantId());
            assertThat(CurrentUser.get()).isEmpty();
            return notifications.publishToCommunityStaff(tenant.communityId(), Notice.of(NotificationTopic.KPI_ALERTS, "notification.title", null));
        });
        assertThat(published).isEqualTo(2);
        assertThat(SignedIn.as(tenant.operator(), notifications::unreadCount)).isEqualTo(1);
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void aJobWithAPrincipalOfItsOwnStillPublishesToACommunitysStaff() {
        // The monthly report job signs in as "Monthly report job"; a KPI that turns red while it builds a report
        // notifies the community's staff, which must not ask whether the job may read the community.
        Fixture tenant = tenants.create();
        AppPrincipal job = new AppPrincipal(new UUID(0, 0), tenant.tenantId(), null, "job@communityops.test",
                "A job", TenantJobs.ROLE, null);
        int published = jobs.inTenant(tenant.tenantId(), () -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(job, null,
                    job.authorities()));
            SecurityContextHolder.setContext(context);
            try {
                return notifications.publishToCommunityStaff(tenant.communityId(),
                        Notice.of(NotificationTopic.KPI_ALERTS, "notification.title", null));
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        });
        assertThat(published).isEqualTo(2);
    }

    @Test
    void everyActiveTenantGetsItsTurnAndOneFailureStopsNoOther() {
        Fixture first = tenants.create();
        Fixture second = tenants.create();
        List<UUID> seen = new CopyOnWriteArrayList<>();
        int succeeded = jobs.forEachActiveTenant("test", tenant -> {
            seen.add(tenant);
            if (tenant.equals(first.tenantId())) {
                throw new IllegalStateException("planned failure");
            }
            if (tenant.equals(second.tenantId())) {
                assertThat(jdbc.queryForObject("select count(*) from community", Integer.class)).isEqualTo(3);
            }
        });
        assertThat(seen).contains(first.tenantId(), second.tenantId());
        assertThat(succeeded).isEqualTo(seen.size() - 1);
    }

    private static Scheduler node(String name, OneTimeTask<Void> task, HikariDataSource pool) {
        DriverManagerDataSource connections = new DriverManagerDataSource(pool.getJdbcUrl(), pool.getUsername(),
                pool.getPassword());
        return SchedulerConfig.build(connections, List.of(task), Duration.ofMillis(100), 2, name);
    }
}
