package app.communityops.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the benchmarks time their calls and print their figures (the method is in docs/performance.md); public for the
 * load benchmarks in {@code bench.load}.
 */
public final class Figures {

    private static final Logger log = LoggerFactory.getLogger(Figures.class);

    private Figures() {
    }

    /** The milliseconds one call takes. */
    public static double timed(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return (System.nanoTime() - start) / 1e6;
    }

    /** The median of {@code runs} runs after warm-up runs (a third of the runs, at least three). */
    public static double median(DoubleSupplier run, int runs) {
        for (int i = 0; i < Math.max(3, runs / 3); i++) {
            run.getAsDouble();
        }
        double[] values = new double[runs];
        for (int i = 0; i < runs; i++) {
            values[i] = run.getAsDouble();
        }
        Arrays.sort(values);
        return values[runs / 2];
    }

    /** Logs the figure and prints it as {@code BENCH <name> <value> <unit>}. */
    public static void report(String name, double value, String unit) {
        String line = String.format(Locale.ROOT, "BENCH %s %.2f %s", name, value, unit);
        log.info(line);
        // The figure must stand on its own line of the build output, where the log format would prefix it.
        System.out.println(line);
    }
}
