package app.communityops.bench;

import static app.communityops.bench.Figures.report;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.activity.ActivityTestData;
import app.communityops.kpi.KpiTestData;
import app.communityops.members.MemberSegmentsChanged;
import app.communityops.members.MemberTestData;
import app.communityops.members.health.HealthRecompute;
import app.communityops.money.MoneyTestData;
import app.communityops.shared.TenantContext;
import app.communityops.shared.scheduling.TenantJobs;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily member-health recompute at a million joined memberships (issue 19, target 60 s): one tenant with
 * 1,064,000 memberships of 200 communities (1,000,160 joined), about three active days each in the last 30 days of
 * the rollup (3 million member-days), a weekly activity in each community over the last four weeks attended by most
 * members (800,000 attendances), 100,000 orders over a year and some warnings; generated set-based through the
 * application role by the owning modules' test data, then vacuumed and analyzed by the schema owner. Runs only with
 * {@code -Pbench}.
 *
 * <p>Figures: {@code health.recompute_1m.first}, the first computation (every row inserted, nothing published);
 * {@code health.recompute_1m}, the next day's run of the daily job (every score recomputed, the rows that changed
 * written, each segment change published to automation, which keeps it as a signal), both in one transaction each,
 * as the job runs them.
 */
@IntegrationTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HealthRecomputeBenchmark {

    private static final Logger log = LoggerFactory.getLogger(HealthRecomputeBenchmark.class);
    private static final int COMMUNITIES = 200;
    /** 1,064,000 memberships, 94 % joined; smaller only to try the benchmark's code ({@code -Dhealth.bench.members}). */
    private static final int MEMBERS = Integer.getInteger("health.bench.members", 1_064_000);

    @Autowired
    private TestTenants tenants;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PlatformTransactionManager transactionManager;
    @Autowired
    private HealthRecompute recompute;
    @Autowired
    private TenantJobs jobs;
    @Autowired
    private Environment environment;
    @Autowired
    private ApplicationEvents events;

    private Fixture tenant;

    @BeforeAll
    void generate() {
        long start = System.nanoTime();
        tenant = tenants.create();
        String t = tenant.tenantId().toString();
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        TenantContext.runAs(tenant.tenantId(), () -> transactions.executeWithoutResult(status -> {
            TestTenants.benchCommunities(jdbc, t, tenant.clientId(), COMMUNITIES, false);
            MemberTestData.bulkChannels(jdbc, t, 0, IntStream.range(0, 7).mapToObj(r -> "Channel " + r)
                    .toArray(String[]::new));
            MemberTestData.kpiBenchMembers(jdbc, t, MEMBERS);
        }));
        owner(List.of("analyze member"));
        TenantContext.runAs(tenant.tenantId(), () -> transactions.executeWithoutResult(status -> {
            MemberTestData.kpiBenchMemberships(jdbc, t, COMMUNITIES, MEMBERS);
            jdbc.update("update membership set warning_count = 1 + (hashtext(member_handle) & 1)"
                    + " where status = 'JOINED' and abs(hashtext(member_handle)) % 40 = 0");
        }));
        owner(List.of("analyze membership"));
        TenantContext.runAs(tenant.tenantId(), () -> transactions.executeWithoutResult(status -> {
            KpiTestData.healthBenchMemberDays(jdbc, t, COMMUNITIES, MEMBERS);
            ActivityTestData.healthBenchActivities(jdbc, t, COMMUNITIES, 4, MEMBERS);
            MoneyTestData.kpiBenchOffer(jdbc, t);
            MoneyTestData.kpiBenchOrders(jdbc, t, COMMUNITIES, MEMBERS);
        }));
        owner(List.of("vacuum analyze member", "vacuum analyze membership", "vacuum analyze membership_event",
                "vacuum analyze kpi_member_day", "vacuum analyze activity", "vacuum analyze activity_attendance",
                "vacuum analyze money_order"));
        report("health.generate", (System.nanoTime() - start) / 1e9, "s");
    }

    @Test
    void recompute() {
        long first = System.nanoTime();
        HealthRecompute.Result initial = jobs.inTenant(tenant.tenantId(), recompute::run);
        report("health.recompute_1m.first", (System.nanoTime() - first) / 1e9, "s");
        log.info("First computation: {}", initial);
        assertThat(initial.changes()).isGreaterThanOrEqualTo(MEMBERS * 9 / 10);
        owner(List.of("vacuum analyze member_health"));

        events.clear();
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        long daily = System.nanoTime();
        HealthRecompute.Result next = jobs.inTenant(tenant.tenantId(), () -> recompute.runAsOf(tomorrow));
        double seconds = (System.nanoTime() - daily) / 1e9;
        report("health.recompute_1m", seconds, "s");
        long published = events.stream(MemberSegmentsChanged.class).mapToLong(batch -> batch.changes().size()).sum();
        log.info("Daily run: {}; segment changes published: {}", next, published);
        Integer written = TenantContext.callAs(tenant.tenantId(), () -> new TransactionTemplate(transactionManager)
                .execute(status -> jdbc.queryForObject("select count(*) from member_health where computed_at = ?",
                        Integer.class, java.sql.Timestamp.from(tomorrow))));
        report("health.recompute_1m.rows_written", written == null ? 0 : written, "rows");
        report("health.recompute_1m.segment_changes", published, "changes");
        Integer segments = TenantContext.callAs(tenant.tenantId(), () -> new TransactionTemplate(transactionManager)
                .execute(status -> jdbc.queryForObject("select count(distinct segment) from member_health",
                        Integer.class)));
        assertThat(segments).as("a spread of segments").isGreaterThanOrEqualTo(4);
    }

    /** Statistics and the visibility map are the owner's business (autovacuum's, on a live database). */
    private void owner(List<String> statements) {
        try (Connection connection = DriverManager.getConnection(
                environment.getRequiredProperty("spring.datasource.url"),
                environment.getRequiredProperty("spring.liquibase.user"),
                environment.getRequiredProperty("spring.liquibase.password"));
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(String.join("; ", statements), e);
        }
    }
}
