package app.communityops.join;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunityStatus;
import app.communityops.community.CommunitySummary;
import app.communityops.notification.Notice;
import app.communityops.notification.NotificationService;
import app.communityops.notification.NotificationTopic;
import app.communityops.shared.Access;
import app.communityops.shared.TenantContext;
import app.communityops.tenancy.TenantDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warns a community's operators and the tenant admins, each as their settings for group codes say (console, email
 * or digest), a day before a group code expires and when no valid code is left to hand out (群满自动换群 has
 * nowhere to move on to). Each code's expiry is told once, and each running out once, however often the job runs.
 * An archived community's codes are marked but not told of: its links no longer open.
 */
@Service
public class GroupCodeWarnings {

    static final String EXPIRING = "join.notification.codeExpiring";
    static final String NONE_LEFT = "join.notification.noCodeLeft";
    /** Expiry warnings wait for the tenant's morning of the day before; running out is told at any hour. */
    static final int EXPIRY_HOUR = 9;

    private final CodeWarningQueries queries;
    private final CommunityService communities;
    private final NotificationService notifications;
    private final TenantDirectory tenants;
    private final Clock clock;

    GroupCodeWarnings(CodeWarningQueries queries, CommunityService communities, NotificationService notifications,
                      TenantDirectory tenants, Clock clock) {
        this.queries = queries;
        this.communities = communities;
        this.notifications = notifications;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** Answers how many warnings were given (one per code or community, whatever the number of recipients). */
    @Transactional
    @PreAuthorize(Access.JOB)
    public int warnDue() {
        return warnAsOf(clock.instant());
    }

    /** The job's work as of {@code now}, in the current tenant; how tests step through the days. */
    @Transactional
    @PreAuthorize(Access.JOB)
    public int warnAsOf(Instant now) {
        ZonedDateTime local = now.atZone(tenants.zone(TenantContext.current().orElseThrow()));
        LocalDate today = local.toLocalDate();
        int warned = 0;
        if (local.getHour() >= EXPIRY_HOUR) {
            for (CodeWarningQueries.Expiring code : queries.claimExpiring(today, today.plusDays(1)).stream()
                    .sorted(Comparator.comparing(CodeWarningQueries.Expiring::expiresOn)).toList()) {
                CommunitySummary community = communities.findForJob(code.communityId()).orElse(null);
                if (community != null && community.status() != CommunityStatus.ARCHIVED) {
                    notifications.publishToCommunityStaff(community.id(), Notice.of(NotificationTopic.GROUP_CODES,
                            EXPIRING, JoinNavigation.codesPath(community.id()), code.label(), community.name(),
                            code.expiresOn().toString()));
                    warned++;
                }
            }
        }
        for (UUID communityId : queries.claimNoneLeft(today, now)) {
            CommunitySummary community = communities.findForJob(communityId).orElse(null);
            if (community != null && community.status() != CommunityStatus.ARCHIVED) {
                notifications.publishToCommunityStaff(community.id(), Notice.of(NotificationTopic.GROUP_CODES,
                        NONE_LEFT, JoinNavigation.codesPath(community.id()), community.name()));
                warned++;
            }
        }
        return warned;
    }
}
