package app.communityops.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One notification as its recipient sees it. */
public record NotificationItem(UUID id, String kind, List<String> arguments, @Nullable String link,
                               Instant createdAt, @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
