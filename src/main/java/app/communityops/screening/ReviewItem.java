package app.communityops.screening;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An application waiting in the review queue, with its evidence and what each mechanism said about it. */
public record ReviewItem(UUID membershipId, String memberName, @Nullable String memberHandle, Instant appliedAt,
                         @Nullable String paymentReference, @Nullable String invitationCode, @Nullable String answers,
                         Set<UUID> checkedConditionIds, @Nullable Evaluation evaluation, long version) {

    public ReviewItem {
        checkedConditionIds = Set.copyOf(checkedConditionIds);
    }
}
