package app.communityops.report;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One entry of a delivered report's thread: an acknowledgement, a client's question or the agency's answer. */
public record ReportMessage(UUID id, UUID authorId, String authorName, Kind kind, @Nullable String body,
                            Instant createdAt) {

    public enum Kind { ACKNOWLEDGED, QUESTION, ANSWER }
}
