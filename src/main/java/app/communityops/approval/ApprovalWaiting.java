package app.communityops.approval;

import app.communityops.notification.WaitingForClient;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import java.util.List;
import org.springframework.stereotype.Component;

/** The client's landing page line: how many requests wait for the signed-in client user's decision. */
@Component
class ApprovalWaiting implements WaitingForClient {

    static final String LABEL = "approval.waiting.count";

    private final ApprovalService approvals;

    ApprovalWaiting(ApprovalService approvals) {
        this.approvals = approvals;
    }

    @Override
    public List<WaitingEntry> waitingForMe() {
        boolean client = CurrentUser.get().filter(user -> user.hasRole(Roles.CLIENT)).isPresent();
        if (!client) {
            return List.of();
        }
        int count = approvals.waitingForMe().size();
        return count == 0 ? List.of() : List.of(new WaitingEntry(LABEL, count, ApprovalNavigation.LIST_ROUTE));
    }
}
