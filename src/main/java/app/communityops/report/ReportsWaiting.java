package app.communityops.report;

import app.communityops.notification.WaitingForClient;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import java.util.List;
import org.springframework.stereotype.Component;

/** The reports line of the client's landing page: current reports sent to the user that they have not opened. */
@Component
class ReportsWaiting implements WaitingForClient {

    private final ReportDeliveryService deliveries;

    ReportsWaiting(ReportDeliveryService deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public List<WaitingEntry> waitingForMe() {
        if (CurrentUser.get().filter(user -> user.hasRole(Roles.CLIENT)).isEmpty()) {
            return List.of();
        }
        int unopened = deliveries.unopenedByMe();
        return unopened == 0 ? List.of()
                : List.of(new WaitingEntry("report.waiting.toRead", unopened, ReportNavigation.DELIVERIES_ROUTE));
    }
}
