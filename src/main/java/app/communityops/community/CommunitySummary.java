package app.communityops.community;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A community as screens list it; {@code verticalId} is null for one created before verticals existed. */
public record CommunitySummary(UUID id, String name, Channel channel, UUID clientId, CommunityStatus status,
                               @Nullable Integer memberCapacity, @Nullable String description,
                               Set<UUID> operatorIds, long version, @Nullable UUID verticalId) {
}
