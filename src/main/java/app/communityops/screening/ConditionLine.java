package app.communityops.screening;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One checkable condition as the policy form edits it; a new one has no id yet. {@code minAttended} (and
 * optionally {@code attendedTypeId}) make it an attendance condition, ticked from activity attendance.
 */
public record ConditionLine(@Nullable UUID id, String label, @Nullable Integer minAttended,
                            @Nullable UUID attendedTypeId) {

    public ConditionLine(@Nullable UUID id, String label) {
        this(id, label, null, null);
    }
}
