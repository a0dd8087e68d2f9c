package app.communityops.screening;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One checkable condition as the policy form edits it; a new one has no id yet. */
public record ConditionLine(@Nullable UUID id, String label) {
}
