package app.communityops.report;

import java.util.UUID;

/** The way into a community's report from other screens, without depending on the report's views. */
public final class ReportNavigation {

    private ReportNavigation() {
    }

    public static String path(UUID communityId) {
        return "communities/" + communityId + "/report";
    }
}
