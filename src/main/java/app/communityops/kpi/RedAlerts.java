package app.communityops.kpi;

import app.communityops.notification.Notice;
import app.communityops.notification.NotificationService;
import app.communityops.notification.NotificationTopic;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Tells a community's operators and the tenant admins that KPIs turned red, one notice per KPI so each reader
 * sees the KPI's name in their own language ({@code kpi.notice.red.<KPI>}).
 */
@Component
class RedAlerts {

    private final NotificationService notifications;

    RedAlerts(NotificationService notifications) {
        this.notifications = notifications;
    }

    void turnedRed(UUID community, String communityName, KpiPeriod period, List<Kpi> kpis) {
        String label = period.kind() == PeriodKind.MONTH ? period.start().toString().substring(0, 7)
                : period.start().getYear() + "-Q" + ((period.start().getMonthValue() - 1) / 3 + 1);
        for (Kpi kpi : kpis) {
            notifications.publishToCommunityStaff(community, Notice.of(NotificationTopic.KPI_ALERTS, kpi.redNoticeKey(),
                    KpiNavigation.managePath(community), communityName, label));
        }
    }
}
