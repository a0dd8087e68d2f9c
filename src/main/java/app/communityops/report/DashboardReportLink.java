package app.communityops.report;

import app.communityops.kpi.ReportLink;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Tells the dashboards where a community's report is. */
@Component
class DashboardReportLink implements ReportLink {

    @Override
    public String path(UUID communityId) {
        return ReportNavigation.path(communityId);
    }
}
