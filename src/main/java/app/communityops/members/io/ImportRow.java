package app.communityops.members.io;

import app.communityops.members.MembershipStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One checked row, ready to load. A null optional field means "not given": a new member gets the default, an
 * existing member keeps what it has.
 */
record ImportRow(long line, String name, @Nullable String nickname, String handle, @Nullable String phone,
                 @Nullable String email, @Nullable List<String> tags, @Nullable UUID channelId, @Nullable UUID tierId,
                 @Nullable BigDecimal lifetimePurchase, @Nullable String notes, @Nullable String externalId,
                 MembershipStatus status, @Nullable Instant joinedAt) {
}
