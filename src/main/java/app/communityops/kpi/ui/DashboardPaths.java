package app.communityops.kpi.ui;

import java.util.UUID;

/**
 * The dashboards' routes and the community pages they link to. The report and the community overview belong to
 * modules this one may not depend on, so they are reached by path, as the community overview reaches its areas.
 */
final class DashboardPaths {

    static final String PORTFOLIO = "portfolio";
    static final String TENANT_OVERVIEW = "kpis/overview";

    private DashboardPaths() {
    }

    static String dashboard(UUID communityId) {
        return community(communityId) + "/dashboard";
    }

    static String manage(UUID communityId) {
        return community(communityId) + "/manage";
    }

    static String report(UUID communityId) {
        return community(communityId) + "/report";
    }

    static String community(UUID communityId) {
        return "communities/" + communityId;
    }
}
