package app.communityops.report;

import app.communityops.shared.UserFacingException;
import org.jspecify.annotations.Nullable;

/**
 * When a community's report is prepared: on {@code monthlyDay} of each month for the month before, on
 * {@code quarterlyDay} of a quarter's first month for the quarter before; null leaves that kind out.
 */
public record ReportSchedule(@Nullable Integer monthlyDay, @Nullable Integer quarterlyDay) {

    public static final ReportSchedule NONE = new ReportSchedule(null, null);

    public ReportSchedule {
        check(monthlyDay, "monthlyDay");
        check(quarterlyDay, "quarterlyDay");
    }

    private static void check(@Nullable Integer day, String field) {
        if (day != null && (day < 1 || day > 28)) {
            throw new UserFacingException("report.schedule.dayRange", field);
        }
    }
}
