package app.communityops.bench.load;

import java.io.IOException;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production jar ({@code java -jar target/app/communityops.jar}) as a child process, the way an operator runs it:
 * no demo profile, the embedded PostgreSQL on a given data folder (or whatever {@code DB_URL} the caller passes),
 * the JVM options the caller chooses. The child runs the {@code java} of the JDK running this code, in a working
 * directory of its own under {@code target/load/}, its output in a log file there.
 *
 * <p>Figures it reads from outside, so that measuring changes nothing in the measured process:
 * <ul>
 *   <li>{@link #heapUsedAfterFullGc()}: {@code jcmd <pid> GC.run} twice (the second collects what the first only
 *   made unreachable, e.g. objects kept by finalizable or weakly referenced ones), then the "used" figure of the
 *   heap lines of {@code jcmd <pid> GC.heap_info}, Metaspace excluded;</li>
 *   <li>{@link #cpuSecondsSoFar()}: {@code utime + stime} of the JVM from {@code /proc/<pid>/stat}; and separately
 *   the embedded PostgreSQL: the postmaster named in the data folder's {@code postmaster.pid} and all its
 *   descendants (backends, background workers), each with {@code utime + stime + cutime + cstime}, so that backends
 *   which already ended (reaped by the postmaster) still count. {@code pg_ctl} starts the postmaster detached, so it
 *   is found through its pid file, not among the JVM's children.</li>
 * </ul>
 */
public final class ProductionNode implements AutoCloseable {

    /** The key of two-factor secrets every node started here uses (base64 of 32 bytes; the load data enrols none). */
    private static final String NODES_MFA_KEY = "bG9hZC10ZXN0IG5vZGVzIHNoYXJlIHRoaXMga2V5ISE=";


    private static final Logger log = LoggerFactory.getLogger(ProductionNode.class);
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)([KMG])");
    private static final long TICKS_PER_SECOND = clockTicks();

    private final String name;
    private final Process process;
    private final Path logFile;
    private final String baseUrl;
    private final @Nullable Path dataDir;
    private final long startedNanos;
    private double startSeconds = Double.NaN;
    private @Nullable Long postmasterPid;

    private ProductionNode(String name, Process process, Path logFile, String baseUrl, @Nullable Path dataDir,
                           long startedNanos) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.baseUrl = baseUrl;
        this.dataDir = dataDir;
        this.startedNanos = startedNanos;
    }

    /** A node on the embedded PostgreSQL in {@code dataDir} (the folder {@code EMBEDDED_DB_DIR} names). */
    public static Builder onEmbeddedDatabase(Path dataDir) {
        return new Builder(dataDir);
    }

    /** A node on a database the caller names through {@link Builder#env} ({@code DB_URL} and the role passwords). */
    public static Builder onExternalDatabase() {
        return new Builder(null);
    }

    /**
     * The jar the build made: {@code -Dcommunityops.jar=...} (the bench profile sets it), else
     * {@code target/app/communityops.jar}, the production build's jar with its libraries beside it. Only
     * a production build ({@code -Pbench} or {@code -Pproduction}) starts: a plain {@code package} makes a jar that
     * asks for Vaadin's development server.
     */
    public static Path productionJar() {
        String configured = System.getProperty("communityops.jar", "");
        if (!configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        Path jar = Path.of("target", "app", "communityops.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No target/app/communityops.jar: run ./mvnw -Pproduction package");
        }
        return jar;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public long pid() {
        return process.pid();
    }

    public String name() {
        return name;
    }

    public Path logFile() {
        return logFile;
    }

    /** Seconds from launching {@code java} until the readiness probe answered UP. */
    public double startSeconds() {
        return startSeconds;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Bytes of heap in use after two full collections (method in the class comment). */
    public long heapUsedAfterFullGc() {
        jcmd("GC.run");
        jcmd("GC.run");
        return heapUsed(jcmd("GC.heap_info"));
    }

    /** CPU seconds used so far by the JVM and by the embedded PostgreSQL (0 on an external database). */
    public Cpu cpuSecondsSoFar() {
        double jvm = ticks(pid(), false) / (double) TICKS_PER_SECOND;
        Long postmaster = postmasterPid;
        double postgres = 0;
        if (postmaster != null) {
            Optional<ProcessHandle> handle = ProcessHandle.of(postmaster);
            if (handle.isPresent()) {
                long ticks = ticks(postmaster, true);
                for (ProcessHandle child : handle.get().descendants().toList()) {
                    ticks += ticks(child.pid(), true);
                }
                postgres = ticks / (double) TICKS_PER_SECOND;
            }
        }
        return new Cpu(jvm, postgres);
    }

    /** The last lines of the node's log, e.g. for a failure message. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /**
     * Stops the node as a service manager would: SIGTERM (Spring closes, the embedded PostgreSQL shuts down cleanly
     * from the JVM's shutdown hook), and SIGKILL after {@code grace}; a postmaster left behind by a killed JVM is
     * then stopped too, so the data folder is free for the next start.
     */
    public void stop(Duration grace) {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    log.warn("{} did not stop within {}: killing it", name, grace);
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        Long postmaster = postmasterPid;
        if (postmaster != null) {
            ProcessHandle.of(postmaster).ifPresent(left -> {
                log.warn("{}: stopping the PostgreSQL {} its JVM left running", name, postmaster);
                left.destroy();
                left.onExit().orTimeout(60, TimeUnit.SECONDS).exceptionally(failure -> null).join();
            });
        }
    }

    public void stop() {
        stop(Duration.ofSeconds(60));
    }

    @Override
    public void close() {
        stop();
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        try {
            Awaitility.await(name + " ready").atMost(timeout).pollInterval(Duration.ofMillis(250))
                    .until(() -> answersUp(http, readiness));
        } catch (ConditionTimeoutException notReady) {
            String tail = logTail(60);
            stop(Duration.ofSeconds(10));
            throw new IllegalStateException(name + " not ready within " + timeout + "; log " + logFile + ":\n" + tail);
        }
        startSeconds = (System.nanoTime() - startedNanos) / 1e9;
        postmasterPid = readPostmasterPid();
        log.info("{} ready at {} after {} s (pid {}, postmaster {})", name, baseUrl,
                String.format(Locale.ROOT, "%.1f", startSeconds), pid(), postmasterPid);
    }

    /** Whether the readiness probe answers UP; a process that died while starting fails at once with its log. */
    private boolean answersUp(HttpClient http, HttpRequest readiness) throws InterruptedException {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting; log "
                    + logFile + ":\n" + logTail(60));
        }
        try {
            HttpResponse<String> answer = http.send(readiness, HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 && answer.body().contains("\"UP\"");
        } catch (IOException notYet) {
            return false;
        }
    }

    private @Nullable Long readPostmasterPid() {
        if (dataDir == null) {
            return null;
        }
        try {
            Path pidFile = dataDir.resolve("postmaster.pid");
            return Files.exists(pidFile) ? Long.parseLong(Files.readAllLines(pidFile).getFirst().strip()) : null;
        } catch (IOException | RuntimeException e) {
            log.warn("{}: no postmaster pid in {}", name, dataDir, e);
            return null;
        }
    }

    private String jcmd(String command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process run = new ProcessBuilder(jcmd.toString(), String.valueOf(pid()), command)
                    .redirectErrorStream(true).start();
            String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!run.waitFor(120, TimeUnit.SECONDS) || run.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + command + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sums "used" over the heap's lines of {@code GC.heap_info} (G1: one "garbage-first heap" line; Parallel and
     * Serial: one line per generation), leaving out Metaspace and its class space, which are not heap.
     */
    static long heapUsed(String heapInfo) {
        long used = 0;
        boolean found = false;
        for (String line : heapInfo.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("Metaspace") || trimmed.startsWith("class space") || !trimmed.contains("total")) {
                continue;
            }
            Matcher matcher = HEAP_USED.matcher(trimmed);
            if (matcher.find()) {
                long value = Long.parseLong(matcher.group(1));
                used += switch (matcher.group(2)) {
                    case "K" -> value << 10;
                    case "M" -> value << 20;
                    default -> value << 30;
                };
                found = true;
            }
        }
        if (!found) {
            throw new IllegalStateException("No heap figure in GC.heap_info:\n" + heapInfo);
        }
        return used;
    }

    /** Clock ticks of a process from /proc (fields 14-17: utime, stime, cutime, cstime); 0 if it is gone. */
    private static long ticks(long pid, boolean withReapedChildren) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // The command name (field 2) may contain spaces; the fields after it start after its closing bracket.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return withReapedChildren ? ticks + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : ticks;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    private static long clockTicks() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String value = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            getconf.waitFor(10, TimeUnit.SECONDS);
            return Long.parseLong(value);
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }

    /** CPU seconds of the application's JVM and of its embedded PostgreSQL, each since its start. */
    public record Cpu(double jvmSeconds, double postgresSeconds) {

        public double totalSeconds() {
            return jvmSeconds + postgresSeconds;
        }

        /** The CPU used between an earlier reading and this one. */
        public Cpu minus(Cpu earlier) {
            return new Cpu(jvmSeconds - earlier.jvmSeconds, postgresSeconds - earlier.postgresSeconds);
        }
    }

    /** How to start a node; {@link #start()} returns once it is ready. */
    public static final class Builder {

        private final @Nullable Path dataDir;
        private Path jar = productionJar();
        private int port = 8086;
        private boolean scheduler = true;
        private String name = "node";
        private final List<String> jvmOptions = new ArrayList<>();
        private final Map<String, String> env = new LinkedHashMap<>();
        private Duration readyTimeout = Duration.ofSeconds(180);

        private Builder(@Nullable Path dataDir) {
            this.dataDir = dataDir == null ? null : dataDir.toAbsolutePath();
        }

        public Builder jar(Path jar) {
            this.jar = jar.toAbsolutePath();
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** {@code SCHEDULER_ENABLED}: whether this node claims scheduled jobs (on by default, as in production). */
        public Builder scheduler(boolean enabled) {
            this.scheduler = enabled;
            return this;
        }

        /** Names the node's folder and log: {@code target/load/<name>/node.log}. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** JVM options such as {@code -Xmx1g}, {@code -XX:+UseG1GC}, in the order given. */
        public Builder jvm(String... options) {
            jvmOptions.addAll(List.of(options));
            return this;
        }

        /** A Java Flight Recording of the whole run, written to {@code file} when the node stops. */
        public Builder flightRecording(Path file, String settings) {
            jvmOptions.add("-XX:StartFlightRecording=filename=" + file.toAbsolutePath() + ",settings=" + settings
                    + ",dumponexit=true");
            return this;
        }

        /** An environment variable of the application (e.g. {@code DB_URL}, {@code DB_POOL_SIZE}). */
        public Builder env(String key, String value) {
            env.put(key, value);
            return this;
        }

        public Builder readyTimeout(Duration timeout) {
            this.readyTimeout = timeout;
            return this;
        }

        public ProductionNode start() {
            Path folder = Path.of("target", "load", name).toAbsolutePath();
            try {
                Files.createDirectories(folder);
                Path logFile = folder.resolve("node.log");
                List<String> command = new ArrayList<>();
                command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                command.addAll(jvmOptions);
                command.add("-jar");
                command.add(jar.toString());
                ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                        .redirectErrorStream(true).redirectOutput(logFile.toFile());
                Map<String, String> environment = builder.environment();
                // What a production start reads; nothing of a developer's shell may turn it into something else.
                environment.remove("DB_URL");
                environment.remove("SPRING_PROFILES_ACTIVE");
                environment.put("DEMO_DATA", "false");
                environment.put("PORT", String.valueOf(port));
                environment.put("SCHEDULER_ENABLED", String.valueOf(scheduler));
                environment.put("LIQUIBASE_ANALYTICS_ENABLED", "false");
                if (dataDir != null) {
                    environment.put("EMBEDDED_DB_DIR", dataDir.toString());
                }
                // Nodes of one database share the key of its two-factor secrets, as an operator's nodes must (each
                // node has a folder of its own, where the default key file would differ).
                environment.put("MFA_ENCRYPTION_KEY", NODES_MFA_KEY);
                environment.putAll(env);
                log.info("Starting {}: {} (EMBEDDED_DB_DIR={}, PORT={}, SCHEDULER_ENABLED={})", name,
                        String.join(" ", command), dataDir, port, scheduler);
                long started = System.nanoTime();
                ProductionNode node = new ProductionNode(name, builder.start(), logFile,
                        "http://localhost:" + port, dataDir, started);
                node.awaitReady(readyTimeout);
                return node;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start " + jar, e);
            }
        }
    }
}
