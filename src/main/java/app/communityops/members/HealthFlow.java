package app.communityops.members;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * How many members of a community went from one segment to another in a month. {@code from} is empty for those who
 * were not joined members when the month began (joiners), {@code to} for those who left or were eliminated by its end
 * (or, in the running month, have left so far).
 */
public record HealthFlow(YearMonth month, @Nullable HealthSegment from, @Nullable HealthSegment to, int members) {

    /** Whether the member stayed in the same segment through the month. */
    public boolean stayed() {
        return from != null && from == to;
    }
}
