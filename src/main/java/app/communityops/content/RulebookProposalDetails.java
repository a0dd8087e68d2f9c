package app.communityops.content;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A proposed rulebook change as the rulebook shows it while it waits.
 *
 * @param action    ADD, UPDATE or REMOVE
 * @param status    PENDING, APPLIED, CHANGES_REQUESTED or WITHDRAWN
 * @param comment   what the approver asked for, when changes were requested
 * @param requestId its approval request, to open it
 */
public record RulebookProposalDetails(UUID id, UUID communityId, @Nullable UUID itemId, RulebookKind kind,
                                      String action, @Nullable String beforeText, String text, String status,
                                      String proposedByName, Instant proposedAt, @Nullable String comment,
                                      @Nullable UUID requestId, long version) {

    public boolean pending() {
        return "PENDING".equals(status);
    }
}
