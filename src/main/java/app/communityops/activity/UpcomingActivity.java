package app.communityops.activity;

import java.time.Instant;
import java.util.UUID;

/** A planned activity about to start, for automation rules on "starts in N hours". */
public record UpcomingActivity(UUID id, UUID communityId, String title, Instant startsAt) {
}
