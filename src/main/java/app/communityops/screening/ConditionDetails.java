package app.communityops.screening;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A condition a reviewer ticks off, e.g. "three free trial lessons attended". With {@code minAttended} it is ticked
 * and unticked from attendance instead: at least that many activities attended (of {@code attendedTypeId} only,
 * if set).
 */
public record ConditionDetails(UUID id, String label, int position, @Nullable Integer minAttended,
                               @Nullable UUID attendedTypeId) {

    public ConditionDetails(UUID id, String label, int position) {
        this(id, label, position, null, null);
    }

    /** Whether attendance {@code attendedByType} (activities attended per activity type) meets this condition. */
    public boolean metBy(java.util.Map<UUID, Integer> attendedByType) {
        if (minAttended == null) {
            return false;
        }
        int attended = attendedTypeId == null
                ? attendedByType.values().stream().mapToInt(Integer::intValue).sum()
                : attendedByType.getOrDefault(attendedTypeId, 0);
        return attended >= minAttended;
    }
}
