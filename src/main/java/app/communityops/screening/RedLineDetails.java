package app.communityops.screening;

import java.util.UUID;

/** A red line of a community's rules (e.g. 发广告 / posting ads). */
public record RedLineDetails(UUID id, UUID communityId, String text, boolean active, long version) {
}
