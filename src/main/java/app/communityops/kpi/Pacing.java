package app.communityops.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * Where a figure should be by now for its period's target, and where it is heading, while the period runs.
 * A {@link Method#CUMULATIVE} figure (new members, revenue, content published) adds up over the period: by day
 * {@code elapsed} of {@code total} it should be at {@code target * elapsed / total}, and the pace so far carries it to
 * {@code actual * total / elapsed}. A {@link Method#LEVEL} figure (a rate, an average, a count of members) is judged
 * as it stands: it should already be at the target, and the forecast is the value now.
 *
 * @param expected what the figure should be by now for the target
 * @param forecast where the pace so far takes it by the period's end (null without an actual)
 * @param elapsed  the days of the period that have begun (1 on its first day)
 * @param total    the days of the period
 */
public record Pacing(Method method, BigDecimal expected, @Nullable BigDecimal forecast, long elapsed, long total) {

    /** How the figure moves over a period. */
    public enum Method {
        CUMULATIVE, LEVEL
    }

    public static Pacing of(Method method, BigDecimal target, @Nullable BigDecimal actual, long elapsed, long total) {
        if (total <= 0 || elapsed <= 0 || elapsed > total) {
            throw new IllegalArgumentException("day " + elapsed + " of " + total);
        }
        if (method == Method.LEVEL) {
            return new Pacing(method, target, actual, elapsed, total);
        }
        BigDecimal days = BigDecimal.valueOf(total);
        BigDecimal done = BigDecimal.valueOf(elapsed);
        BigDecimal expected = target.multiply(done).divide(days, 2, RoundingMode.HALF_UP);
        BigDecimal forecast = actual == null ? null : actual.multiply(days).divide(done, 2, RoundingMode.HALF_UP);
        return new Pacing(method, expected, forecast, elapsed, total);
    }

    /** The same pacing with the forecast no higher than {@code limit} (a share heads for at most all of its base). */
    public Pacing atMost(BigDecimal limit) {
        return forecast == null || forecast.compareTo(limit) <= 0 ? this
                : new Pacing(method, expected, limit, elapsed, total);
    }

    /** The same pacing with the expected value and the forecast rounded to {@code scale} decimals (whole counts). */
    public Pacing rounded(int scale) {
        return new Pacing(method, expected.setScale(scale, RoundingMode.HALF_UP),
                forecast == null ? null : forecast.setScale(scale, RoundingMode.HALF_UP), elapsed, total);
    }

    /** Whether the period is still running (the pacing differs from a whole period's comparison). */
    public boolean running() {
        return elapsed < total;
    }
}
