package app.communityops.members.health;

import app.communityops.members.HealthSegment;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The thresholds as stored (or the defaults), how many members each segment holds after the last recompute, when
 * that ran (and the tenant's zone to show it in), and whether a recompute with newly saved thresholds is still
 * waiting.
 */
public record HealthOverview(HealthSettings settings, Map<HealthSegment, Integer> segments,
                             @Nullable Instant computedAt, ZoneId zone, boolean recomputePending) {

    public HealthOverview {
        segments = Map.copyOf(segments);
    }
}
