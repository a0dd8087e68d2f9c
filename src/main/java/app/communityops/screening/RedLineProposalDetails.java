package app.communityops.screening;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A proposed red line change as the red line screens show it while it waits.
 *
 * @param redLineId  the line it changes, null for a new line
 * @param action     ADD, REWORD, DEACTIVATE or REACTIVATE
 * @param beforeText the line's wording when it was proposed, null for a new line
 * @param text       the wording once applied
 * @param active     whether the line applies once the change is applied
 * @param status     PENDING or CHANGES_REQUESTED (applied and withdrawn ones are not listed)
 * @param comment    what the approver asked for, when changes were requested
 * @param requestId  its approval request, to open it
 */
public record RedLineProposalDetails(UUID id, UUID communityId, @Nullable UUID redLineId, String action,
                                     @Nullable String beforeText, String text, boolean active, String status,
                                     String proposedByName, Instant proposedAt, @Nullable String comment,
                                     @Nullable UUID requestId, long version) {

    public boolean pending() {
        return "PENDING".equals(status);
    }
}
