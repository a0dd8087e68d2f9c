package app.communityops.approval;

import app.communityops.community.CommunitySummary;
import app.communityops.notification.Notice;
import app.communityops.notification.NotificationService;
import app.communityops.notification.NotificationTopic;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import app.communityops.shared.TenantContext;
import app.communityops.shared.scheduling.TenantJobs;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the next step's approvers that a request waits for them, and the submitter how it was decided, through the
 * notifications (topic {@link NotificationTopic#APPROVALS}, so each recipient gets it as they chose). A decision that
 * rolls back tells nobody.
 */
@Component
class ApprovalNotices {

    static final String DUE = "approval.notice.due";
    static final String APPROVED = "approval.notice.approved";
    static final String CHANGES_REQUESTED = "approval.notice.changesRequested";

    private static final Logger log = LoggerFactory.getLogger(ApprovalNotices.class);

    private final NotificationService notifications;
    private final ApprovalQueries queries;
    private final TenantJobs jobs;

    ApprovalNotices(NotificationService notifications, ApprovalQueries queries, TenantJobs jobs) {
        this.notifications = notifications;
        this.queries = queries;
        this.jobs = jobs;
    }

    /** The group of the step now open learns that the request waits for them. */
    void due(ApprovalSummary request, CommunitySummary community) {
        ApprovalStep step = request.waitingFor();
        if (step == null) {
            return;
        }
        Notice notice = Notice.of(NotificationTopic.APPROVALS, DUE, ApprovalNavigation.detailPath(request.id()),
                request.title(), community.name());
        asPublisher(() -> switch (step) {
            case OPERATORS -> community.operatorIds().stream().sorted()
                    .mapToInt(operator -> notifications.publishToUser(operator, notice)).sum();
            case TENANT_ADMINS -> notifications.publishToTenantAdminsAnd(List.of(), notice);
            case CLIENT_USERS -> queries.clientUsers(community.clientId()).stream()
                    .mapToInt(user -> notifications.publishToUser(user, notice)).sum();
        });
    }

    /** The submitter learns the outcome. */
    void decided(ApprovalSummary request, UUID submitter) {
        String kind = request.status() == ApprovalStatus.APPROVED ? APPROVED : CHANGES_REQUESTED;
        Notice notice = Notice.of(NotificationTopic.APPROVALS, kind, ApprovalNavigation.detailPath(request.id()),
                request.title());
        asPublisher(() -> notifications.publishToUser(submitter, notice));
    }

    /**
     * Notifications are published by staff and jobs. A staff member's step is announced in the step's own
     * transaction. A client user's decision is announced by the tenant's own work once the decision has committed,
     * on a thread of its own (the signed-in client's session cannot stand in for the job), and waited for; a failure
     * there is logged and leaves the decision standing (decision 0040).
     */
    private void asPublisher(Supplier<Integer> work) {
        AppPrincipal user = CurrentUser.get().orElse(null);
        if (user != null && (user.hasRole(Roles.TENANT_ADMIN) || user.hasRole(Roles.OPERATOR))) {
            work.get();
            return;
        }
        UUID tenant = TenantContext.current().orElseThrow(() -> new IllegalStateException("A notice without a tenant"));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                Thread publisher = Thread.ofVirtual().name("approval-notices").start(() -> {
                    try {
                        jobs.inTenant(tenant, work);
                    } catch (RuntimeException failure) {
                        log.error("Approval notices of tenant {} were not published", tenant, failure);
                    }
                });
                try {
                    publisher.join();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        });
    }
}
