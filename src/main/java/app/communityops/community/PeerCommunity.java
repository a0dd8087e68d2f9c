package app.communityops.community;

import java.util.UUID;

/**
 * An active community as its peers are chosen by (decision 0049): same vertical and channel, another client. It
 * carries no name or figure, and is handed only to the computation of anonymous peer bands, never to a screen.
 */
public record PeerCommunity(UUID id, UUID clientId, Channel channel, UUID verticalId) {

    /** Whether {@code other} is a peer of this community: same vertical and channel, another client. */
    public boolean isPeer(PeerCommunity other) {
        return !other.clientId.equals(clientId) && other.channel == channel && other.verticalId.equals(verticalId);
    }
}
