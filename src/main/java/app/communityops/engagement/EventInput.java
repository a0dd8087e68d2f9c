package app.communityops.engagement;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One event as an integration or a CSV row sends it. Fields are as received; {@link EventRules} says whether they
 * are acceptable. {@code properties} is a JSON object as text, passed through unchanged.
 */
public record EventInput(@Nullable String eventKey, @Nullable EngagementType type, @Nullable String customType,
                         MemberRef member, @Nullable Instant occurredAt, @Nullable String contentRef,
                         @Nullable String activityRef, @Nullable String properties) {
}
