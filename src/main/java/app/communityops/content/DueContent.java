package app.communityops.content;

import java.time.Instant;
import java.util.UUID;

/** A content item not yet published whose publish time is near, once per community it is for. */
public record DueContent(UUID id, UUID communityId, String title, ContentStatus status, Instant publishAt) {
}
