package app.communityops.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Every round trip of one load run, as the virtual users saw it: its name, its time and whether it passed its
 * checks. Gatling keeps its own statistics for its report; this is what the benchmark computes its figures from,
 * without parsing that report.
 */
final class LoadRecorder {

    /** One round trip; {@code ui} is false for the sign-in form, which counts for errors but not for the p95. */
    record RoundTrip(String name, long millis, boolean ok, boolean ui, long endedAtMillis) {

        long startedAtMillis() {
            return endedAtMillis - Math.max(0, millis);
        }
    }

    /**
     * The figures of a run: the percentiles of the UI round trips that started once every user had signed in (the
     * steady phase), {@code rampP95} of those before, and failures over the whole run.
     */
    record Summary(int roundTrips, int uiRoundTrips, int failures, double p50, double p95, double p99,
                   double rampP95, Map<String, String> slowest) {
    }

    private static final List<RoundTrip> trips = new ArrayList<>();
    private static final List<String> failures = new ArrayList<>();

    private LoadRecorder() {
    }

    static synchronized void reset() {
        trips.clear();
        failures.clear();
    }

    static synchronized void record(String name, long millis, boolean ok, boolean ui, String failure) {
        trips.add(new RoundTrip(name, millis, ok, ui, System.currentTimeMillis()));
        if (!ok && failures.size() < 50) {
            failures.add(name + ": " + failure);
        }
    }

    /** Every round trip of the run, in the order they ended, for a look at when the slow ones happened. */
    static synchronized void writeCsv(Path file) {
        List<String> lines = new ArrayList<>();
        lines.add("ended_at_ms,name,millis,ok,ui");
        trips.forEach(trip -> lines.add(trip.endedAtMillis() + "," + trip.name() + "," + trip.millis() + ","
                + trip.ok() + "," + trip.ui()));
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    /** When the last round trip whose name {@code names} accepts ended (0 when there was none). */
    static synchronized long lastEnded(Predicate<String> names) {
        return trips.stream().filter(trip -> names.test(trip.name())).mapToLong(RoundTrip::endedAtMillis).max()
                .orElse(0);
    }

    /** How many round trips of this name passed their checks. */
    static synchronized long passed(String name) {
        return trips.stream().filter(trip -> trip.ok() && trip.name().equals(name)).count();
    }

    static synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    /** The figures of the round trips whose names {@code names} accepts (the console's, or the join pages'). */
    static synchronized Summary summary(long steadyFromMillis, Predicate<String> names) {
        List<RoundTrip> named = trips.stream().filter(trip -> names.test(trip.name())).toList();
        List<Long> ui = named.stream().filter(RoundTrip::ui).filter(trip -> trip.startedAtMillis() >= steadyFromMillis)
                .map(RoundTrip::millis).sorted().toList();
        List<Long> ramp = named.stream().filter(RoundTrip::ui).filter(trip -> trip.startedAtMillis() < steadyFromMillis)
                .map(RoundTrip::millis).sorted().toList();
        int failed = (int) named.stream().filter(trip -> !trip.ok()).count();
        Map<String, List<Long>> byName = new TreeMap<>();
        named.stream().filter(RoundTrip::ui).filter(trip -> trip.startedAtMillis() >= steadyFromMillis).forEach(trip ->
                byName.computeIfAbsent(trip.name(), key -> new ArrayList<>()).add(trip.millis()));
        Map<String, String> slowest = new TreeMap<>();
        byName.entrySet().stream()
                .sorted(Comparator.comparingDouble(entry -> -percentile(sorted(entry.getValue()), 95)))
                .limit(8)
                .forEach(entry -> slowest.put(entry.getKey(), "n=" + entry.getValue().size() + " p95="
                        + percentile(sorted(entry.getValue()), 95) + " ms"));
        return new Summary(named.size(), ui.size(), failed, percentile(ui, 50), percentile(ui, 95),
                percentile(ui, 99), percentile(ramp, 95), slowest);
    }

    private static List<Long> sorted(List<Long> values) {
        return values.stream().sorted().toList();
    }

    /** The nearest-rank percentile of sorted values. */
    static double percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
