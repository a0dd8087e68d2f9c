package app.communityops.community;

import java.util.UUID;

/** A community was archived (published inside the change's transaction): work still open in it ends. */
public record CommunityArchived(UUID communityId) {
}
