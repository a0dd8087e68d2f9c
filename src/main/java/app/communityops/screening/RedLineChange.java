package app.communityops.screening;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A red line as it read after one change. Lines older than their history carry no author for their first
 * state ({@code changedBy} null, {@code changedAt} the line's creation).
 */
public record RedLineChange(String text, boolean active, Instant changedAt, @Nullable UUID changedBy,
                            @Nullable String changedByName) {
}
