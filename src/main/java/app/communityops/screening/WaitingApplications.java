package app.communityops.screening;

import app.communityops.notification.Notice;
import app.communityops.notification.NotificationService;
import app.communityops.notification.NotificationTopic;
import app.communityops.shared.Access;
import app.communityops.shared.TenantContext;
import app.communityops.tenancy.TenantDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells each community's staff, once a day from {@value #HOUR}:00 in the tenant's zone, how many applications wait
 * in its review queue and since when; nothing when none wait. Each recipient gets it as their settings for
 * "waiting applications" say (console, email or the daily digest).
 */
@Service
public class WaitingApplications {

    static final String KIND = "screening.notification.waiting";
    static final int HOUR = 9;

    private final WaitingApplicationQueries queries;
    private final NotificationService notifications;
    private final TenantDirectory tenants;
    private final Clock clock;

    WaitingApplications(WaitingApplicationQueries queries, NotificationService notifications,
                        TenantDirectory tenants, Clock clock) {
        this.queries = queries;
        this.notifications = notifications;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** Answers how many communities' staff were told. */
    @Transactional
    @PreAuthorize(Access.JOB)
    public int announce() {
        return announceAt(clock.instant());
    }

    int announceAt(Instant now) {
        ZoneId zone = tenants.zone(TenantContext.current().orElseThrow());
        ZonedDateTime local = now.atZone(zone);
        if (local.getHour() < HOUR) {
            return 0;
        }
        LocalDate today = local.toLocalDate();
        int told = 0;
        for (WaitingApplicationQueries.Waiting waiting : queries.waiting()) {
            if (!queries.claim(waiting.communityId(), today, waiting.count(), now)) {
                continue;
            }
            String since = waiting.oldest().atZone(zone).toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
            notifications.publishToCommunityStaff(waiting.communityId(), Notice.of(NotificationTopic.APPLICATIONS,
                    KIND, ScreeningNavigation.reviewPath(waiting.communityId()), String.valueOf(waiting.count()), waiting.communityName(),
                    since));
            told++;
        }
        return told;
    }
}
