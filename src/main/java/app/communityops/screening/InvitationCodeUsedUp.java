package app.communityops.screening;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation code's last use was taken, published in the redemption's transaction; {@code usableLeft} is how
 * many of the community's codes can still be redeemed, so a rule can ask for a new batch when it reaches 0.
 */
public record InvitationCodeUsedUp(UUID tenantId, UUID codeId, UUID communityId, String code, int quota,
                                   int usableLeft, Instant usedUpAt) {
}
