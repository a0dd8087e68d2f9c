package app.communityops.content;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record ContentDetails(UUID id, Set<UUID> communityIds, ContentKind kind, ContentCategory category,
                             String title, String body, boolean markdown, @Nullable UUID authorId,
                             @Nullable String authorName, @Nullable String channel, @Nullable Instant publishAt,
                             ContentStatus status, Engagement engagement, Instant createdAt, long version) {
}
