package app.communityops.content;

import app.communityops.approval.ApprovalEvent;
import app.communityops.approval.ApprovalState;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A content item's approval as its page shows it.
 *
 * @param state     how the item's current wording stands
 * @param requestId its latest request, if any (to open it)
 * @param history   every step of every request, oldest first
 */
public record ContentApproval(ApprovalState state, @Nullable UUID requestId, List<ApprovalEvent> history) {

    public ContentApproval {
        history = List.copyOf(history);
    }
}
