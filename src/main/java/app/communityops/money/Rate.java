package app.communityops.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** A rate as its two counts, so a screen can show "3 of 8" beside the percentage; no denominator, no rate. */
public record Rate(long numerator, long denominator) {

    /** The percentage with one decimal, or null when there is nothing to divide by. */
    public @Nullable BigDecimal percent() {
        return denominator == 0 ? null : BigDecimal.valueOf(numerator * 100L)
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }
}
