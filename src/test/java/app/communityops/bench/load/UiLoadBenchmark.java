package app.communityops.bench.load;

import static app.communityops.bench.Figures.report;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.bench.load.LoadDataSet.Accounts;
import app.communityops.bench.load.LoadPlan.Community;
import app.communityops.bench.load.LoadPlan.LoadUser;
import app.communityops.bench.load.LoadPlan.Role;
import io.gatling.app.Gatling$;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console under many people at once, through Vaadin's own protocol ({@link ConsoleSimulation}), against the
 * production jar on the load data set ({@link LoadDataSet}): one agency with 50 communities, 200,000 members and
 * 2,000,000 events, beside 20 small tenants. The load generator runs in this JVM, on the same two cores.
 *
 * <ul>
 *   <li>{@code ui.heap_per_session}: the heap a signed-in user holds, after full GCs, with several hundred users
 *       signed in on a dashboard, above the heap of the same node before they came.</li>
 *   <li>{@code ui.users_at_p95_300ms}: the most concurrent users, each acting every 5 s on average, for which the
 *       95th percentile of UI round trips stays at most 300 ms with no failed step. The percentile is that of the
 *       steady phase, once every user of the level has signed in ({@code ui.level_<n>.p95_while_signing_in} gives the
 *       ramp's before it); a failed step anywhere fails the level. Levels are tried upwards from
 *       100 in steps of 100, then halfway below the first level that fails; each level on a fresh start of the
 *       node.</li>
 *   <li>{@code ui.p95_round_trip} and {@code ui.errors} at the goal's load (200 users), with the CPU of the node
 *       (JVM and PostgreSQL) and of the load generator, and the node's heap after the run.</li>
 *   <li>{@code join.p95_round_trip}, {@code join.errors} and {@code join.applications}: the public join pages
 *       opened by strangers ({@code load.visitors} a second, default 1; a third of them apply) while the goal's 200
 *       users work (from when they have all signed in), with {@code ui.p95_with_visitors}, the console's
 *       percentile beside them.</li>
 * </ul>
 *
 * Runs with {@code -Pbench} in the integration-test phase, after the production jar is built. System properties:
 * {@code load.steady} (seconds each user works, default 150), {@code load.heap=false} (skip the heap phase),
 * {@code load.join=false} (skip the join pages' phase),
 * {@code load.levels} (comma-separated levels to run
 * instead of the search, or {@code none} for the heap phase alone), {@code load.jfr} (record a flight recording of the node per level, under
 * {@code target/load-runs}).
 */
class UiLoadBenchmark {

    private static final Logger log = LoggerFactory.getLogger(UiLoadBenchmark.class);
    private static final int GOAL_USERS = 200;
    private static final double GOAL_P95_MILLIS = 300;
    private static final int PARKED_USERS = 300;
    private static final String[] NODE_JVM = {"-Xms1g", "-Xmx2g", "-XX:+UseG1GC"};
    private static final Path RUNS = Path.of("target", "load-runs");

    /**
     * After the ramp, the time the last users need to sign in and open their landing page: the level's figures are
     * those of the round trips that start later, when all its users are signed in and working.
     */
    private static final Duration SETTLE = Duration.ofSeconds(20);

    private final Duration rampUp = Duration.ofSeconds(30);
    private final Duration steady = Duration.ofSeconds(Long.getLong("load.steady", 150));

    @Test
    void consoleUnderLoad() throws Exception {
        LoadDataSet data = LoadDataSet.prepare();
        if (!data.reused()) {
            report("load.data_generate", data.generationSeconds(), "s");
        }
        List<LoadUser> population = population(data.accounts());
        Path database = data.workingCopy("ui-load");

        if (!"false".equals(System.getProperty("load.heap"))) {
            heapPerSession(database, population);
        }

        if (!"false".equals(System.getProperty("load.join"))) {
            joinPagesBesideTheConsole(database, population, data.accounts().joinLinks());
        }

        String levels = System.getProperty("load.levels", "");
        if ("none".equals(levels)) {
            return;
        }
        int best = levels.isBlank() ? searchLevels(database, population)
                : runListedLevels(database, population, levels);
        report("ui.users_at_p95_300ms", best, "users");
    }

    /** Heap after full GC with {@value #PARKED_USERS} users signed in on a dashboard, above the node's own. */
    private void heapPerSession(Path database, List<LoadUser> population) throws Exception {
        try (ProductionNode node = startNode(database, "heap")) {
            // Warm-up: classes loaded, caches and JIT warm, the first sessions' one-off costs paid before the baseline.
            LevelResult warmUp = run(node, population, 20, Duration.ofSeconds(10), Duration.ZERO, true, 0, List.of());
            assertThat(warmUp.summary().failures()).as("failures while warming up: %s", warmUp.failures())
                    .isZero();
            long before = node.heapUsedAfterFullGc();
            LevelResult parked = run(node, population, PARKED_USERS, Duration.ofSeconds(60), Duration.ZERO, true, 0,
                    List.of());
            assertThat(parked.summary().failures()).as("failures while signing in: %s", parked.failures()).isZero();
            long after = node.heapUsedAfterFullGc();
            log.info("Heap after full GC: {} MiB before, {} MiB with {} more signed-in users", before >> 20,
                    after >> 20, PARKED_USERS);
            report("ui.heap_per_session", (after - before) / 1024.0 / PARKED_USERS, "KB");
            report("ui.heap_with_parked_sessions", after / 1048576.0, "MiB");
        }
    }

    /**
     * The goal's console load with strangers opening join links at the same time: the public pages' figures, and
     * the console's beside them. Failures of either fail the phase.
     */
    private void joinPagesBesideTheConsole(Path database, List<LoadUser> population, List<String> links)
            throws Exception {
        assertThat(links).as("join links in the load data").isNotEmpty();
        double visitors = Double.parseDouble(System.getProperty("load.visitors", "1"));
        try (ProductionNode node = startNode(database, "join")) {
            ProductionNode.Cpu cpuBefore = node.cpuSecondsSoFar();
            long started = System.nanoTime();
            long startedAt = System.currentTimeMillis();
            // A minute longer than a level: the figures start only once everyone has signed in.
            run(node, population, GOAL_USERS, rampUp, steady.plusMinutes(1), false, visitors, links);
            double wall = (System.nanoTime() - started) / 1e9;
            ProductionNode.Cpu cpu = node.cpuSecondsSoFar().minus(cpuBefore);
            // Figures from when the last of the console's users had opened their landing page: the sign-in burst of
            // a freshly started node on two cores can outlast the levels' fixed settling time.
            long allSignedIn = LoadRecorder.lastEnded(name -> name.equals("communities navigation")
                    || name.equals("portfolio navigation"));
            String visitor = ConsoleSimulation.VISITOR;
            LoadRecorder.Summary join = LoadRecorder.summary(allSignedIn, name -> name.startsWith(visitor));
            LoadRecorder.Summary console = LoadRecorder.summary(allSignedIn, name -> !name.startsWith(visitor));
            List<String> failures = LoadRecorder.failures();
            // On standard output: Gatling's logging set-up hides this class's log once a run has started.
            System.out.printf(Locale.ROOT, "LOAD join pages beside %d console users: %.1f visitors a second, %d page "
                            + "round trips, p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, %d failed; slowest: %s; console p95 "
                            + "%.0f ms, %d failed; node CPU %.1f %% of 2 cores; failures: %s%n", GOAL_USERS, visitors,
                    join.uiRoundTrips(), join.p50(), join.p95(), join.p99(), join.failures(), join.slowest(),
                    console.p95(), console.failures(), percentOfTwoCores(cpu.totalSeconds(), wall), failures);
            report("join.p95_round_trip", join.p95(), "ms");
            report("join.p50_round_trip", join.p50(), "ms");
            report("join.errors", join.failures(), "failed steps");
            report("join.applications", LoadRecorder.passed(ConsoleSimulation.VISITOR + "apply"), "applications");
            report("join.page_loads", LoadRecorder.passed(ConsoleSimulation.VISITOR + "navigation"), "pages");
            report("join.visitors_per_second", visitors, "visitors per s");
            report("join.node_cpu", percentOfTwoCores(cpu.totalSeconds(), wall), "% of 2 cores");
            report("ui.p95_with_visitors", console.p95(), "ms");
            report("ui.errors_with_visitors", console.failures(), "failed steps");
            report("join.signed_in_after", (allSignedIn - startedAt) / 1000.0, "s");
            assertThat(join.failures() + console.failures()).as("failed steps: %s", failures).isZero();
        }
    }

    /** Upwards by 100 until a level fails, then halfway below it; the goal's level is always run and reported. */
    private int searchLevels(Path database, List<LoadUser> population) throws Exception {
        int best = 0;
        int failedAt = -1;
        for (int users = 100; users <= 600; users += 100) {
            if (level(database, population, users)) {
                best = users;
            } else {
                failedAt = users;
                break;
            }
        }
        if (failedAt > 0) {
            int between = failedAt - 50;
            if (between > best && level(database, population, between)) {
                best = between;
            }
        }
        return best;
    }

    private int runListedLevels(Path database, List<LoadUser> population, String levels) throws Exception {
        int best = 0;
        for (String level : levels.split(",")) {
            int users = Integer.parseInt(level.trim());
            if (level(database, population, users)) {
                best = Math.max(best, users);
            }
        }
        return best;
    }

    /** One level on a fresh start of the node; true when it meets the goal. */
    private boolean level(Path database, List<LoadUser> population, int users) throws Exception {
        try (ProductionNode node = startNode(database, "level-" + users)) {
            ProductionNode.Cpu cpuBefore = node.cpuSecondsSoFar();
            long generatorCpuBefore = generatorCpuNanos();
            long started = System.nanoTime();
            LevelResult result = run(node, population, users, rampUp, steady, false, 0, List.of());
            double wall = (System.nanoTime() - started) / 1e9;
            ProductionNode.Cpu cpu = node.cpuSecondsSoFar().minus(cpuBefore);
            double generatorCpu = (generatorCpuNanos() - generatorCpuBefore) / 1e9;
            long heap = node.heapUsedAfterFullGc();
            LoadRecorder.Summary summary = result.summary();
            boolean met = summary.failures() == 0 && summary.p95() <= GOAL_P95_MILLIS;
            log.info("Level {} users: {} UI round trips, p50 {} ms, p95 {} ms, p99 {} ms, {} failed ({}); node CPU "
                            + "{} % of 2 cores (JVM {} s, PostgreSQL {} s), load generator {} %; heap after {} MiB; "
                            + "slowest: {}; failures: {}",
                    users, summary.uiRoundTrips(), summary.p50(), summary.p95(), summary.p99(), summary.failures(),
                    met ? "meets the goal" : "misses the goal", percentOfTwoCores(cpu.totalSeconds(), wall),
                    cpu.jvmSeconds(), cpu.postgresSeconds(), percentOfTwoCores(generatorCpu, wall), heap >> 20,
                    summary.slowest(), result.failures());
            report("ui.level_" + users + ".p95_round_trip", summary.p95(), "ms");
            report("ui.level_" + users + ".p95_while_signing_in", summary.rampP95(), "ms");
            report("ui.level_" + users + ".errors", summary.failures(), "failed steps");
            if (users == GOAL_USERS) {
                report("ui.p95_round_trip", summary.p95(), "ms");
                report("ui.p50_round_trip", summary.p50(), "ms");
                report("ui.errors", summary.failures(), "failed steps");
                report("ui.round_trips", summary.uiRoundTrips() / wall, "per s");
                report("ui.node_cpu", percentOfTwoCores(cpu.totalSeconds(), wall), "% of 2 cores");
                report("ui.generator_cpu", percentOfTwoCores(generatorCpu, wall), "% of 2 cores");
                report("ui.heap_after_run", heap / 1048576.0, "MiB");
            }
            return met;
        }
    }

    private LevelResult run(ProductionNode node, List<LoadUser> population, int users, Duration ramp,
                            Duration work, boolean park, double visitorsPerSecond, List<String> joinLinks) {
        LoadRecorder.reset();
        long steadyFrom = System.currentTimeMillis() + ramp.plus(SETTLE).toMillis();
        // Strangers come once the console's users have signed in: the figures are those of both at work.
        LoadPlan.set(new LoadPlan(node.baseUrl(), users, ramp, work, population, park, visitorsPerSecond,
                ramp.plus(SETTLE), joinLinks));
        String runName = (park ? "parked " : "working ") + users + (visitorsPerSecond > 0 ? " with visitors" : "");
        int exit = Gatling$.MODULE$.fromArgs(new String[] {"-s", ConsoleSimulation.class.getName(),
                "-rf", RUNS.resolve("gatling").toString(), "-rd", runName});
        assertThat(exit).as("Gatling's exit code").isZero();
        LoadRecorder.writeCsv(RUNS.resolve(runName.replace(' ', '-') + ".csv"));
        String visitor = ConsoleSimulation.VISITOR;
        LevelResult result = new LevelResult(LoadRecorder.summary(steadyFrom, name -> !name.startsWith(visitor)),
                LoadRecorder.summary(steadyFrom, name -> name.startsWith(visitor)), LoadRecorder.failures());
        result.failures().forEach(failure -> System.out.println("LOAD failed step at " + users + " users: " + failure));
        return result;
    }

    private ProductionNode startNode(Path database, String name) throws Exception {
        Files.createDirectories(RUNS);
        ProductionNode.Builder node = ProductionNode.onEmbeddedDatabase(database).name(name).port(8087)
                .scheduler(false).jvm(NODE_JVM);
        if (Boolean.getBoolean("load.jfr")) {
            node.flightRecording(RUNS.resolve(name + ".jfr").toAbsolutePath(), "profile");
        }
        return node.start();
    }

    /**
     * The signed-in population in the agency's own proportions (1 tenant admin : 50 operators : 300 client users),
     * interleaved so that the first N users of a level keep those proportions.
     */
    static List<LoadUser> population(Accounts accounts) {
        List<LoadUser> users = new ArrayList<>();
        users.add(user(accounts, accounts.admin(), Role.TENANT_ADMIN));
        int clientsPerOperator = Math.max(1, accounts.clients().size() / accounts.operators().size());
        for (int i = 0; i < accounts.operators().size(); i++) {
            users.add(user(accounts, accounts.operators().get(i), Role.OPERATOR));
            for (int j = i * clientsPerOperator; j < Math.min((i + 1) * clientsPerOperator, accounts.clients().size());
                 j++) {
                users.add(user(accounts, accounts.clients().get(j), Role.CLIENT));
            }
        }
        return users;
    }

    private static LoadUser user(Accounts accounts, String email, Role role) {
        List<Community> communities = new ArrayList<>();
        for (UUID id : accounts.communitiesOf(email)) {
            LoadDataSet.Community community = accounts.community(id);
            communities.add(new Community(id.toString(), community.name(), community.memberNames().getFirst()));
        }
        if (communities.isEmpty()) {
            throw new IllegalStateException(email + " sees no community in the load data");
        }
        return new LoadUser(email, accounts.password(), role, communities);
    }

    private static long generatorCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double percentOfTwoCores(double cpuSeconds, double wallSeconds) {
        return Math.round(cpuSeconds / wallSeconds / 2 * 1000) / 10.0;
    }

    private record LevelResult(LoadRecorder.Summary summary, LoadRecorder.Summary join, List<String> failures) {
    }
}
