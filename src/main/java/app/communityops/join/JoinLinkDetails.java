package app.communityops.join;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A channel link of a community with what came through it: applications filed, approved and joined. The channel's
 * name is filled in by the service (members owns the channels).
 */
public record JoinLinkDetails(UUID id, UUID communityId, String token, @Nullable UUID channelId,
                              @Nullable String channelName, @Nullable String campaign, Instant createdAt,
                              boolean archived, long applications, long approved, long joined) {

    JoinLinkDetails withChannelName(@Nullable String name) {
        return new JoinLinkDetails(id, communityId, token, channelId, name, campaign, createdAt, archived,
                applications, approved, joined);
    }
}
