package app.communityops.approval;

import app.communityops.community.CommunitySummary;
import app.communityops.notification.Notice;
import app.communityops.notification.NotificationService;
import app.communityops.notification.NotificationTopic;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import app.communityops.shared.TenantContext;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Tells the next step's approvers that a request waits for them, and the submitter how it was decided, through the
 * notifications (topic {@link NotificationTopic#APPROVALS}, so each recipient gets it as they chose). Written in the
 * decision's transaction: a decision that rolls back tells nobody.
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
     * Notifications are published by staff and jobs. A client user's decision is the one case where someone else
     * causes a notice; it is published as the tenant's own work, still inside the decision's transaction and tenant
     * (decision 0040).
     */
    private static int asPublisher(Supplier<Integer> work) {
        AppPrincipal user = CurrentUser.get().orElse(null);
        if (user != null && (user.hasRole(Roles.TENANT_ADMIN) || user.hasRole(Roles.OPERATOR))) {
            return work.get();
        }
        UUID tenant = TenantContext.current().orElseThrow(() -> new IllegalStateException("A notice without a tenant"));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("approval-notices", null,
                AuthorityUtils.createAuthorityList("ROLE_" + Roles.SCHEDULED_JOB)));
        SecurityContextHolder.setContext(system);
        try {
            return TenantContext.callAs(tenant, work);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
