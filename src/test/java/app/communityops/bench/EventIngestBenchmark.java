package app.communityops.bench;

import static app.communityops.automation.AutomationTestData.when;
import static app.communityops.bench.Figures.report;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.api.ApiFixture;
import app.communityops.api.ApiScope;
import app.communityops.api.CreatedApiKey;
import app.communityops.automation.ActionKind;
import app.communityops.automation.AutomationTestData;
import app.communityops.automation.RuleAction;
import app.communityops.automation.RuleDefinition;
import app.communityops.automation.RuleTrigger;
import app.communityops.automation.TriggerKind;
import app.communityops.members.MemberTestData;
import app.communityops.shared.TenantContext;
import app.communityops.testing.TestTenants;
import com.sun.management.OperatingSystemMXBean;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Engagement-event ingest through the HTTP API, as an integration would do it: the application on a random port,
 * two concurrent connections (system property {@code bench.clients}) of {@code java.net.http.HttpClient} on
 * loopback, batches of 1,000 events (each with its event id, half naming the member by external id and half by
 * handle, a third with properties) for 10,000 members. Method: 150 batches of warm-up (the JIT is still compiling
 * after 30; system property {@code bench.warmUp}), then {@value #BATCHES} batches measured; the rate is events
 * written over wall time, p95 over the measured requests' latencies, errors every non-200 answer. The same events
 * are then loaded with a plain COPY into an unindexed table of the same shape, for the ratio. Also printed: the CPU
 * time per event of this JVM (server and load generator) and of PostgreSQL during the measured phase, and the load
 * average, because on a shared machine the rate alone mostly measures the neighbours.
 * The same is measured twice, each on its own tenant: once without rules ({@code events.ingest.*}) and once with
 * {@value #RULES_DEFAULT} enabled automation rules (on joins, silence, warnings and purchases; {@code bench.rules})
 * while the engine's pass runs every 5 s beside the ingest, as its job would ({@code events.ingest.*_with_rules},
 * the rate {@code events.ingest.rate_with_rules}).
 * Runs only with {@code -Pbench}; prints {@code BENCH name value unit}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "communityops.api.rate-limit.per-second=100000", "communityops.api.rate-limit.burst=100000",
        "spring.datasource.hikari.maximum-pool-size=10"})
@ActiveProfiles("test")
class EventIngestBenchmark {

    private static final Logger log = LoggerFactory.getLogger(EventIngestBenchmark.class);
    private static final int MEMBERS = 10_000;
    private static final int BATCH = 1_000;
    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 150);
    private static final int BATCHES = 200;
    private static final int CLIENTS = Integer.getInteger("bench.clients", 2);
    private static final int RULES_DEFAULT = 20;
    /** Enabled automation rules on the tenant in the second measurement, as the issue's target names them. */
    private static final int RULES = Integer.getInteger("bench.rules", RULES_DEFAULT);
    private static final String[] TYPES = {"message_posted", "reply", "reaction", "content_viewed", "check_in"};

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;
    @Autowired
    ApiFixture api;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    app.communityops.automation.AutomationWork automation;
    @Autowired
    AutomationTestData automationRules;

    @Test
    void ingestThroughTheApi() throws Exception {
        measure(0);
    }

    @Test
    void ingestThroughTheApiWithRulesEnabled() throws Exception {
        measure(RULES);
    }

    private void measure(int rules) throws Exception {
        TestTenants.Fixture tenant = tenants.create();
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        TenantContext.runAs(tenant.tenantId(), () -> transactions.executeWithoutResult(status -> {
            jdbc.update("update tenant set max_members = 1000000 where id = ?", tenant.tenantId());
            MemberTestData.numberedMembers(jdbc, MEMBERS);
        }));
        if (rules > 0) {
            rules(tenant, rules);
        }
        java.util.concurrent.ScheduledExecutorService engine = Executors.newSingleThreadScheduledExecutor();
        if (rules > 0) {
            engine.scheduleWithFixedDelay(() -> automation.run(tenant.tenantId()), 5, 5,
                    java.util.concurrent.TimeUnit.SECONDS);
        }
        CreatedApiKey key = api.key(tenant, Set.of(ApiScope.WRITE_EVENTS));
        URI uri = URI.create("http://localhost:" + port + "/api/v1/communities/" + tenant.communityId() + "/events");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        List<String> warmUp = batches(WARM_UP, "w");
        run(client, uri, key, warmUp);
        List<String> measured = batches(BATCHES, "m");
        log.info("events.ingest: measured phase starts");
        CpuTime cpuBefore = CpuTime.now(jdbc);
        Map<String, Long> threadsBefore = CpuTime.threads();
        long started = System.nanoTime();
        Result result = run(client, uri, key, measured);
        double seconds = (System.nanoTime() - started) / 1e9;
        CpuTime cpu = CpuTime.now(jdbc).minus(cpuBefore);
        log.info("events.ingest: measured phase ends");
        Map<String, Long> threadsAfter = CpuTime.threads();
        threadsAfter.replaceAll((name, ticks) -> ticks - threadsBefore.getOrDefault(name, 0L));
        log.info("events.ingest: JVM threads' CPU ms {}", threadsAfter.entrySet().stream()
                .filter(entry -> entry.getValue() > 0).sorted(Map.Entry.comparingByValue(
                        Comparator.reverseOrder())).map(entry -> entry.getKey() + "=" + entry.getValue() * 10)
                .toList());
        engine.shutdownNow();
        double rate = (double) BATCHES * BATCH / seconds;
        List<Long> latencies = new ArrayList<>(result.latencies());
        Collections.sort(latencies);
        double p95 = latencies.get((int) Math.ceil(latencies.size() * 0.95) - 1) / 1e6;
        Integer written = TenantContext.callAs(tenant.tenantId(), () -> transactions.execute(status ->
                jdbc.queryForObject("select count(*) from engagement_event", Integer.class)));
        assertThat(written).isEqualTo((WARM_UP + BATCHES) * BATCH - result.errors() * BATCH);

        double copyRate = copyRate(measured.size() * BATCH, tenant);
        log.info("events.ingest: {} events in {} s, copy {} events/s", BATCHES * BATCH, seconds, copyRate);
        String suffix = rules > 0 ? "_with_rules" : "";
        report("events.ingest.rate" + suffix, rate, "events/s");
        report("events.ingest.p95" + suffix, p95, "ms");
        report("events.ingest.errors" + suffix, result.errors(), "count");
        report("events.ingest.copy_ratio" + suffix, copyRate / rate, "x");
        // CPU per event tells code changes apart on a shared machine, where the rate mostly measures the neighbours.
        report("events.ingest.cpu_jvm" + suffix, cpu.jvmMillis() * 1000.0 / (BATCHES * BATCH), "µs/event");
        report("events.ingest.cpu_postgres" + suffix, cpu.postgresMillis() * 1000.0 / (BATCHES * BATCH), "µs/event");
        report("events.ingest.load_average" + suffix, ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage(), "");
        if (rules > 0) {
            Integer signals = TenantContext.callAs(tenant.tenantId(), () -> transactions.execute(status ->
                    jdbc.queryForObject("select count(*) from automation_signal", Integer.class)));
            assertThat(signals).as("the ingest path writes no signal per event").isZero();
        }
    }

    /** Enabled rules of the kinds a tenant switches on, half for the community, half tenant-wide. */
    private void rules(TestTenants.Fixture tenant, int count) {
        List<RuleDefinition> definitions = List.of(
                when(RuleTrigger.of(TriggerKind.MEMBER_JOINED), List.of(), new RuleAction(ActionKind.ADD_TAG, "new", null)),
                when(RuleTrigger.of(TriggerKind.MEMBER_SILENT, 7), List.of(),
                        new RuleAction(ActionKind.NOTIFY, "silent", null)),
                when(RuleTrigger.of(TriggerKind.WARNINGS_REACHED, 2), List.of(),
                        new RuleAction(ActionKind.MARK_ELIMINATION_CANDIDATE, "warned", null)),
                when(RuleTrigger.of(TriggerKind.FIRST_PURCHASE), List.of(),
                        new RuleAction(ActionKind.CREATE_TASK, "thank", 24)));
        for (int i = 0; i < count; i++) {
            automationRules.rule(tenant.tenantId(), i % 2 == 0 ? tenant.communityId() : null, "Rule " + i,
                    definitions.get(i % definitions.size()));
        }
    }

    /**
     * CPU time used by this JVM (server and load generator) and by the embedded PostgreSQL's processes (its
     * backends, the pool's connections among them, and its background workers), read from /proc.
     */
    private record CpuTime(long jvmMillis, long postgresMillis) {

        private static final long TICK_MILLIS = 10;

        static CpuTime now(JdbcTemplate jdbc) {
            long jvm = ((OperatingSystemMXBean) ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
            long postgres = jdbc.queryForList("select pid from pg_stat_activity", Long.class).stream()
                    .mapToLong(CpuTime::ticks).sum() * TICK_MILLIS;
            return new CpuTime(jvm, postgres);
        }

        CpuTime minus(CpuTime earlier) {
            return new CpuTime(jvmMillis - earlier.jvmMillis, postgresMillis - earlier.postgresMillis);
        }

        /** CPU ticks of this JVM's threads by name, numbers stripped (pools of threads add up). */
        static Map<String, Long> threads() {
            Map<String, Long> byName = new TreeMap<>();
            try (var tasks = Files.list(Path.of("/proc/self/task"))) {
                tasks.forEach(task -> {
                    try {
                        String stat = Files.readString(task.resolve("stat"));
                        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+", "#");
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        byName.merge(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
                    } catch (IOException | RuntimeException e) {
                        // a thread that ended meanwhile
                    }
                });
            } catch (IOException e) {
                return byName;
            }
            return byName;
        }

        /** utime + stime of a process; 0 if it is gone or /proc is not there. */
        private static long ticks(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }
    }

    private record Result(List<Long> latencies, int errors) {
    }

    private static Result run(HttpClient client, URI uri, CreatedApiKey key, List<String> bodies) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < CLIENTS; w++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", ApiFixture.bearer(key))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i))).build();
                        long start = System.nanoTime();
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        latencies.add(System.nanoTime() - start);
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                            log.warn("Batch {} answered {}: {}", i, response.statusCode(), response.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Result(latencies, errors.get());
    }

    private static List<String> batches(int count, String prefix) {
        List<String> bodies = new ArrayList<>(count);
        Instant now = Instant.now();
        java.util.Random random = new java.util.Random(42);
        for (int b = 0; b < count; b++) {
            StringBuilder body = new StringBuilder(BATCH * 200).append("{\"source\":\"bench-bot\",\"events\":[");
            for (int e = 0; e < BATCH; e++) {
                int member = 1 + random.nextInt(MEMBERS);
                body.append(e == 0 ? "" : ",").append("{\"eventId\":\"").append(prefix).append(b).append('-').append(e)
                        .append("\",\"type\":\"").append(TYPES[random.nextInt(TYPES.length)])
                        .append("\",\"member\":").append(member % 2 == 0 ? "{\"externalId\":\"ext-" + member + "\"}"
                                : "{\"handle\":\"handle-" + member + "\"}")
                        .append(",\"occurredAt\":\"").append(now.minusSeconds(random.nextInt(20 * 86_400)))
                        .append('"');
                if (e % 3 == 0) {
                    body.append(",\"contentRef\":\"post-").append(random.nextInt(500))
                            .append("\",\"properties\":{\"length\":").append(random.nextInt(400)).append('}');
                }
                body.append('}');
            }
            bodies.add(body.append("]}").toString());
        }
        return bodies;
    }

    /** A plain COPY of as many events, in the same text format, into an unindexed table of the same shape. */
    private double copyRate(int events, TestTenants.Fixture tenant) {
        StringBuilder rows = new StringBuilder(events * 160);
        Instant now = Instant.now();
        for (int i = 0; i < events; i++) {
            rows.append(tenant.tenantId()).append('\t').append(UUID.randomUUID()).append('\t')
                    .append(now.minusSeconds(i % 86_400)).append('\t').append(tenant.communityId()).append('\t')
                    .append(UUID.randomUUID()).append("\tREPLY\t\\N\tbench-bot\tc").append(i)
                    .append("\t\\N\t\\N\t\\N\t").append(now).append("\t0\n");
        }
        byte[] data = rows.toString().getBytes(StandardCharsets.UTF_8);
        double[] rates = new double[3];
        for (int run = 0; run < rates.length; run++) {
            rates[run] = new TransactionTemplate(transactionManager).execute(status -> {
                jdbc.execute("create temp table copy_bench (like engagement_event) on commit drop");
                Connection connection = DataSourceUtils.getConnection(dataSource);
                try {
                    long start = System.nanoTime();
                    connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy copy_bench from stdin",
                            new ByteArrayInputStream(data));
                    return events / ((System.nanoTime() - start) / 1e9);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    DataSourceUtils.releaseConnection(connection, dataSource);
                }
            });
        }
        java.util.Arrays.sort(rates);
        return rates[1];
    }

}
