package app.communityops.approval;

import app.communityops.community.CommunitySummary;
import app.communityops.notification.Notice;
import app.communityops.notification.NotificationService;
import app.communityops.notification.NotificationTopic;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Tells the next step's approvers that a request waits for them, and the submitter how it was decided, through the
 * notifications (topic {@link NotificationTopic#APPROVALS}, so each recipient gets it as they chose). A decision that
 * rolls back tells nobody: the notices, and their mail, are written in the decision's transaction, whoever
 * decided (a client user too).
 */
@Component
class ApprovalNotices {

    static final String DUE = "approval.notice.due";
    static final String APPROVED = "approval.notice.approved";
    static final String CHANGES_REQUESTED = "approval.notice.changesRequested";

    private final NotificationService notifications;
    private final ApprovalQueries queries;
    ApprovalNotices(NotificationService notifications, ApprovalQueries queries) {
        this.notifications = notifications;
        this.queries = queries;
    }

    /** The group of the step now open learns that the request waits for them. */
    void due(ApprovalSummary request, CommunitySummary community) {
        ApprovalStep step = request.waitingFor();
        if (step == null) {
            return;
        }
        Notice notice = Notice.of(NotificationTopic.APPROVALS, DUE, ApprovalNavigation.detailPath(request.id()),
                request.title(), community.name());
        switch (step) {
            case OPERATORS -> community.operatorIds().stream().sorted()
                    .forEach(operator -> notifications.publishToUser(operator, notice));
            case TENANT_ADMINS -> notifications.publishToTenantAdminsAnd(List.of(), notice);
            case CLIENT_USERS -> queries.clientUsers(community.clientId())
                    .forEach(user -> notifications.publishToUser(user, notice));
        }
    }

    /** The submitter learns the outcome. */
    void decided(ApprovalSummary request, UUID submitter) {
        String kind = request.status() == ApprovalStatus.APPROVED ? APPROVED : CHANGES_REQUESTED;
        Notice notice = Notice.of(NotificationTopic.APPROVALS, kind, ApprovalNavigation.detailPath(request.id()),
                request.title());
        notifications.publishToUser(submitter, notice);
    }
}
