package app.communityops.report;

import java.util.UUID;

/** The way into a community's report and the report's branding from other screens. */
public final class ReportNavigation {

    public static final String REPORT_ROUTE = "communities/:communityId/report";
    public static final String BRANDING_ROUTE = "settings/branding";
    /** Every delivered report the user may read: a client's inbox of reports, the staff's work on them. */
    public static final String DELIVERIES_ROUTE = "reports";
    /** One version of a delivered report: commentary and review for staff, reading and sign-off for the client. */
    public static final String DELIVERY_ROUTE = "communities/:communityId/reports/:deliveryId";

    private ReportNavigation() {
    }

    public static String path(UUID communityId) {
        return "communities/" + communityId + "/report";
    }

    public static String deliveryPath(UUID communityId, UUID deliveryId) {
        return "communities/" + communityId + "/reports/" + deliveryId;
    }
}
