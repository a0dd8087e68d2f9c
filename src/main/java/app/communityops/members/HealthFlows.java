package app.communityops.members;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A community's moves between health segments over its last months, oldest month first; the last month is the
 * running one, read from the members' current health. {@code asOf} is when the scores were last computed, empty
 * before the first computation; {@code hasMembers} tells a community with no joined member yet from one whose
 * members are not scored yet.
 */
public record HealthFlows(List<YearMonth> months, List<HealthFlow> flows, @Nullable Instant asOf,
                          boolean hasMembers) {

    public HealthFlows {
        months = List.copyOf(months);
        flows = List.copyOf(flows);
    }

    public List<HealthFlow> of(YearMonth month) {
        return flows.stream().filter(flow -> flow.month().equals(month)).toList();
    }

    /** Members in {@code segment} at the end of the month (or now, in the running month). */
    public int endingIn(YearMonth month, HealthSegment segment) {
        return of(month).stream().filter(flow -> flow.to() == segment).mapToInt(HealthFlow::members).sum();
    }

    public boolean isEmpty() {
        return flows.isEmpty();
    }
}
