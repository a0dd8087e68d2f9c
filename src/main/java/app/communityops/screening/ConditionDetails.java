package app.communityops.screening;

import java.util.UUID;

/** A condition a reviewer ticks off, e.g. "three free trial lessons attended". */
public record ConditionDetails(UUID id, String label, int position) {
}
