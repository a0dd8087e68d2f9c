package app.communityops.today;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A task opened by hand: {@code assigneeId} null leaves it to the community's operators. */
public record TaskForm(@Nullable UUID communityId, String title, @Nullable Instant dueAt, @Nullable UUID assigneeId,
                       @Nullable UUID membershipId) {

    public static final int MAX_TITLE = 300;
}
