package app.communityops.report;

import java.util.UUID;

/** The way into a community's report and the report's branding from other screens. */
public final class ReportNavigation {

    public static final String REPORT_ROUTE = "communities/:communityId/report";
    public static final String BRANDING_ROUTE = "settings/branding";

    private ReportNavigation() {
    }

    public static String path(UUID communityId) {
        return "communities/" + communityId + "/report";
    }
}
