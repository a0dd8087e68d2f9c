package app.communityops.members;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A member as forms and the side panel show it; fields the user may not read are empty ({@link MemberFields}). */
public record MemberDetails(UUID id, String name, @Nullable String nickname, @Nullable String handle, @Nullable String phone,
                            @Nullable String email, Set<String> tags, @Nullable UUID channelId, @Nullable UUID tierId,
                            @Nullable BigDecimal lifetimePurchase, @Nullable String notes, @Nullable String externalId,
                            long version) {
}
