package app.communityops.members;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an applicant brings: a payment reference (paid entry), a valid invitation code, answers to the
 * condition review, and the conditions a reviewer has ticked off (e.g. "three trial lessons attended").
 */
public record ApplicationEvidence(@Nullable String paymentReference, @Nullable UUID invitationCodeId,
                                  @Nullable String answers, Set<UUID> checkedConditionIds) {

    public static final ApplicationEvidence NONE = new ApplicationEvidence(null, null, null, Set.of());
}
