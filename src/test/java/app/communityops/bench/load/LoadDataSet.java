package app.communityops.bench.load;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UI load test's data set, kept as an embedded-PostgreSQL data folder that a production start of the jar opens
 * ({@code EMBEDDED_DB_DIR}): one agency ("Load Agency") with 50 communities of 30 clients, 200,000 members, 20,000
 * applications waiting for review, 2,000,000 engagement events over 13 months with their KPI rollups, activities,
 * content, orders and last month's issued report for every community; plus 20 small tenants. Its users are listed
 * in {@link Accounts}.
 *
 * <p>It is generated once into {@code target/load-data/pristine} by {@link LoadDataGenerator}, in a JVM of its own:
 * the application's embedded PostgreSQL holds a lock on its folder until the JVM that started it ends, and the jar
 * must start on that folder afterwards. A marker ({@code load-data.properties}) written after a clean finish makes
 * the next run reuse it, as long as the generator version and the month are the same (the month decides what "last
 * month's report" and "this month's activities" are). Every benchmark run works on a {@link #workingCopy fresh
 * copy}, so the review queue it drains and whatever else it changes are back for the next run.
 */
public final class LoadDataSet {

    /** Changes whenever the generated data changes, so a kept folder of an older generator is generated again. */
    static final String GENERATOR = "load-4";
    /** Every load user's password. */
    public static final String PASSWORD = "load-test-password-2026";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String MARKER = "load-data.properties";
    static final String ACCOUNTS = "accounts.tsv";
    static final String FIGURES = "figures.properties";

    private static final Logger log = LoggerFactory.getLogger(LoadDataSet.class);

    private final Path root;
    private final Accounts accounts;
    private final boolean reused;
    private final double generationSeconds;
    private final Map<String, String> figures;

    private LoadDataSet(Path root, Accounts accounts, boolean reused, double generationSeconds,
                        Map<String, String> figures) {
        this.root = root;
        this.accounts = accounts;
        this.reused = reused;
        this.generationSeconds = generationSeconds;
        this.figures = figures;
    }

    /** The data set in {@code target/load-data} (or {@code -Dload.data-dir}), generated if not there yet. */
    public static LoadDataSet prepare() {
        return prepare(Path.of(System.getProperty("load.data-dir", "target/load-data")));
    }

    public static LoadDataSet prepare(Path root) {
        Path folder = root.toAbsolutePath();
        try {
            boolean reused = isComplete(folder);
            if (!reused) {
                generate(folder);
            }
            Properties marker = load(folder.resolve(MARKER));
            Map<String, String> figures = new TreeMap<>();
            load(folder.resolve(FIGURES)).forEach((key, value) -> figures.put((String) key, (String) value));
            return new LoadDataSet(folder, Accounts.read(folder.resolve(ACCOUNTS)), reused,
                    Double.parseDouble(marker.getProperty("seconds")), figures);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the load data in " + folder, e);
        }
    }

    /** The generated data folder itself; start nodes on a {@link #workingCopy} instead, which may be changed. */
    public Path pristineDir() {
        return root.resolve("pristine");
    }

    /**
     * A fresh copy of the data folder in {@code target/load-data/<name>} (replacing an older one), for
     * {@code EMBEDDED_DB_DIR} of one benchmark run: its decisions and edits never reach the next run's data.
     */
    public Path workingCopy(String name) {
        Path copy = root.resolve(name);
        if (copy.equals(pristineDir())) {
            throw new IllegalArgumentException("The pristine folder is not a working copy");
        }
        long start = System.nanoTime();
        deleteRecursively(copy);
        // cp keeps the private modes PostgreSQL insists on and clones blocks where the file system can.
        run(List.of("cp", "-a", "--reflink=auto", pristineDir().toString(), copy.toString()), root.resolve("copy.log"),
                10);
        log.info("Load data copied to {} in {} s", copy, String.format(Locale.ROOT, "%.1f",
                (System.nanoTime() - start) / 1e9));
        return copy;
    }

    public Accounts accounts() {
        return accounts;
    }

    /** Whether an earlier run's data was reused (else it was generated by this call). */
    public boolean reused() {
        return reused;
    }

    /** How long the generation took (when reused: the generation that made the kept data). */
    public double generationSeconds() {
        return generationSeconds;
    }

    /** Row counts and sizes of the generated data, by name (e.g. {@code engagement_event}). */
    public Map<String, String> figures() {
        return figures;
    }

    /** Generation in this JVM: {@code LoadDataSet <pristine folder> <output folder>}, run by {@link #generate}. */
    public static void main(String[] args) {
        int status = 1;
        try {
            LoadDataGenerator.generate(Path.of(args[0]), Path.of(args[1]));
            status = 0;
        } catch (Throwable failure) {
            log.error("Load data generation failed", failure);
        }
        // Ends the embedded PostgreSQL too (its shutdown hook stops it cleanly), which frees the folder.
        System.exit(status);
    }

    private static boolean isComplete(Path folder) throws IOException {
        Path marker = folder.resolve(MARKER);
        if (!Files.exists(marker) || !Files.exists(folder.resolve(ACCOUNTS))) {
            return false;
        }
        Properties properties = load(marker);
        boolean complete = GENERATOR.equals(properties.getProperty("generator"))
                && YearMonth.now(ZONE).toString().equals(properties.getProperty("month"))
                && !Files.exists(folder.resolve("pristine").resolve("postmaster.pid"));
        if (!complete) {
            log.info("Load data in {} is of generator {} and month {}: generating again", folder,
                    properties.getProperty("generator"), properties.getProperty("month"));
        }
        return complete;
    }

    private static void generate(Path folder) throws IOException {
        deleteRecursively(folder.resolve("pristine"));
        Files.deleteIfExists(folder.resolve(MARKER));
        Files.createDirectories(folder);
        // Surefire's list ends with a separator, an empty entry that the JVM reads as the working directory: Liquibase
        // would then find the changelogs as "target/classes/db/..." too and record them under that name, which the
        // jar does not know. Empty entries are left out.
        String classpath = Stream.of(System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")).split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).collect(Collectors.joining(File.pathSeparator));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
                "-XX:+UseG1GC", "-cp", classpath, LoadDataSet.class.getName(),
                folder.resolve("pristine").toString(), folder.toString());
        log.info("Generating the load data in {} (log: {})", folder, folder.resolve("generate.log"));
        long start = System.nanoTime();
        run(command, folder.resolve("generate.log"), 120);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (Files.exists(folder.resolve("pristine").resolve("postmaster.pid"))) {
            throw new IllegalStateException("The generator's PostgreSQL did not shut down cleanly in " + folder);
        }
        Properties marker = new Properties();
        marker.setProperty("generator", GENERATOR);
        marker.setProperty("month", YearMonth.now(ZONE).toString());
        marker.setProperty("seconds", String.format(Locale.ROOT, "%.1f", seconds));
        try (OutputStream out = Files.newOutputStream(folder.resolve(MARKER))) {
            marker.store(out, "Load data complete: reused while generator and month are the same");
        }
        log.info("Load data generated in {} s", String.format(Locale.ROOT, "%.1f", seconds));
    }

    private static void run(List<String> command, Path logFile, int timeoutMinutes) {
        try {
            // In the data set's folder, so nothing the process writes relative to it lands in the project.
            ProcessBuilder builder = new ProcessBuilder(command).directory(logFile.getParent().toFile())
                    .redirectErrorStream(true).redirectOutput(logFile.toFile());
            builder.environment().remove("DB_URL");
            Process process = builder.start();
            if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                process.destroy();
                process.waitFor(60, TimeUnit.SECONDS);
                throw new IllegalStateException(command.getFirst() + " did not finish within " + timeoutMinutes
                        + " minutes; log " + logFile + ":\n" + tail(logFile));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command.subList(command.size() - 2, command.size()))
                        + " failed with " + process.exitValue() + "; log " + logFile + ":\n" + tail(logFile));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
        }
        return properties;
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + folder, e);
        }
    }

    /**
     * The load data's users, all with {@link #PASSWORD} and without a second factor: the agency's admin
     * ({@code admin@load.test}), 50 operators ({@code operator001@load.test}, each assigned to 5 communities, so each
     * community has 5), 300 client users ({@code client001@load.test}, 10 for each of 30 clients) and an admin and an
     * operator of each small tenant ({@code admin@small01.load.test}, {@code operator@small01.load.test}).
     *
     * @param communitiesByUser the ids of the communities each user sees, by email (for routes such as
     *                          {@code communities/<id>/dashboard})
     * @param communities       every community of the agency and of the small tenants, largest first
     * @param joinLinks         the tokens of the agency's join links (two per community), for the public pages
     */
    public record Accounts(String password, String admin, List<String> operators, List<String> clients,
                           List<String> smallTenantAdmins, List<String> smallTenantOperators,
                           Map<String, List<UUID>> communitiesByUser, List<Community> communities,
                           List<String> joinLinks) {

        /** The ids of the communities {@code email} sees (empty for an unknown email). */
        public List<UUID> communitiesOf(String email) {
            return communitiesByUser.getOrDefault(email, List.of());
        }

        public Community community(UUID id) {
            return communities.stream().filter(community -> community.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No load community " + id));
        }

        /** The agency's largest community (about 60,000 members). */
        public Community largest() {
            return communities.getFirst();
        }

        static Accounts read(Path file) throws IOException {
            String password = PASSWORD;
            String admin = null;
            List<String> operators = new ArrayList<>();
            List<String> clients = new ArrayList<>();
            List<String> smallAdmins = new ArrayList<>();
            List<String> smallOperators = new ArrayList<>();
            Map<String, List<UUID>> byUser = new LinkedHashMap<>();
            List<Community> communities = new ArrayList<>();
            List<String> joinLinks = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] cells = line.split("\t", -1);
                switch (cells[0]) {
                    case "password" -> password = cells[1];
                    case "user" -> {
                        String email = cells[1];
                        switch (cells[2]) {
                            case "admin" -> admin = email;
                            case "operator" -> operators.add(email);
                            case "client" -> clients.add(email);
                            case "small-admin" -> smallAdmins.add(email);
                            case "small-operator" -> smallOperators.add(email);
                            default -> throw new IllegalStateException("Unknown kind of user: " + line);
                        }
                        byUser.put(email, cells[3].isEmpty() ? List.of()
                                : Stream.of(cells[3].split(",")).map(UUID::fromString).toList());
                    }
                    case "community" -> communities.add(new Community(UUID.fromString(cells[1]), cells[2], cells[3],
                            cells[4], Integer.parseInt(cells[5]), Integer.parseInt(cells[6]),
                            List.of(cells[7].split("\\|")), List.of(cells[8].split("\\|"))));
                    case "join" -> joinLinks.add(cells[1]);
                    default -> {
                    }
                }
            }
            if (admin == null) {
                throw new IllegalStateException("No admin in " + file);
            }
            return new Accounts(password, admin, List.copyOf(operators), List.copyOf(clients),
                    List.copyOf(smallAdmins), List.copyOf(smallOperators), byUser, List.copyOf(communities),
                    List.copyOf(joinLinks));
        }
    }

    /**
     * A community of the load data.
     *
     * @param tenant      the tenant's name ("Load Agency" or "Small Agency 01" ...)
     * @param members     its memberships (every status)
     * @param pending     applications in {@code PENDING_REVIEW} when generated
     * @param memberNames five different names of joined members, for the members grid's search (a name is shared by
     *                    about 130 members of the agency: there are about 1,500 different ones)
     * @param handles     the handle of a member with each of those names, unique in the tenant (a search that finds
     *                    exactly one)
     */
    public record Community(UUID id, String tenant, String name, String client, int members, int pending,
                            List<String> memberNames, List<String> handles) {
    }
}
