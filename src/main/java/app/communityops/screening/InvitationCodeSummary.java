package app.communityops.screening;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of the codes grid: uses against quota, expiry, the owner's name and how many applicants it brought. */
public record InvitationCodeSummary(UUID id, String code, int quota, int uses, @Nullable Instant expiresAt,
                                    @Nullable String ownerName, CodeStatus status, int broughtIn,
                                    Instant createdAt) {
}
