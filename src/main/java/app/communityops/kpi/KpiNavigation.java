package app.communityops.kpi;

import java.util.UUID;

/** The way in to the dashboards: a client's portfolio, the tenant's overview, a community's dashboard and Manage. */
public final class KpiNavigation {

    public static final String PORTFOLIO_ROUTE = "portfolio";
    public static final String TENANT_OVERVIEW_ROUTE = "kpis/overview";
    /** Where each community stands among its peers (staff only). */
    public static final String STANDING_ROUTE = "kpis/standing";
    public static final String DASHBOARD_ROUTE = "communities/:communityId/dashboard";
    public static final String MANAGE_ROUTE = "communities/:communityId/manage";

    private KpiNavigation() {
    }

    public static String dashboardPath(UUID communityId) {
        return "communities/" + communityId + "/dashboard";
    }

    public static String managePath(UUID communityId) {
        return "communities/" + communityId + "/manage";
    }
}
