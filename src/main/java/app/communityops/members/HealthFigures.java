package app.communityops.members;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The factors behind a score as the daily recompute stores them: one column per figure and its points in
 * member_health (changelog 10-H5), read back as the list the panels show. Attendance is a factor only when the
 * community held activities since the member joined, warnings and red lines only when there are some, the days
 * since joining only while the member counts as new.
 */
public final class HealthFigures {

    /** Days of the last 30 that the active days are counted over. */
    static final int ACTIVE_DAYS_OF = 30;
    /** Kinds of engagement a member can show (messages, replies, reactions, content…). */
    static final int ENGAGEMENT_KINDS_OF = 8;
    private static final int WARNING_POINTS = -10;
    private static final int RED_LINE_POINTS = -20;

    private HealthFigures() {
    }

    /** The figure columns of member_health under the table alias {@code alias}, for a select list. */
    public static String columns(String alias) {
        return String.join(", ", List.of("silent_days", "recency_points", "active_days", "frequency_points",
                        "engagement_kinds", "breadth_points", "activities_offered", "activities_attended",
                        "attendance_points", "content_days", "content_points", "paid_orders", "purchase_points",
                        "warnings", "red_lines", "joined_days_ago").stream()
                .map(column -> alias + "." + column).toList());
    }

    /** The factors of the current row of {@code rs}, selected with {@link #columns}. */
    public static List<HealthFactor> read(ResultSet rs) throws SQLException {
        List<HealthFactor> factors = new ArrayList<>(9);
        factors.add(new HealthFactor(HealthFactorKind.SILENT_DAYS, rs.getInt("silent_days"), null,
                rs.getInt("recency_points")));
        factors.add(new HealthFactor(HealthFactorKind.ACTIVE_DAYS, rs.getInt("active_days"), ACTIVE_DAYS_OF,
                rs.getInt("frequency_points")));
        factors.add(new HealthFactor(HealthFactorKind.ENGAGEMENT_KINDS, rs.getInt("engagement_kinds"),
                ENGAGEMENT_KINDS_OF, rs.getInt("breadth_points")));
        int offered = rs.getInt("activities_offered");
        if (offered > 0) {
            factors.add(new HealthFactor(HealthFactorKind.ATTENDED, rs.getInt("activities_attended"), offered,
                    rs.getInt("attendance_points")));
        }
        factors.add(new HealthFactor(HealthFactorKind.CONTENT_INTERACTIONS, rs.getInt("content_days"), null,
                rs.getInt("content_points")));
        factors.add(new HealthFactor(HealthFactorKind.PURCHASES, rs.getInt("paid_orders"), null,
                rs.getInt("purchase_points")));
        int warnings = rs.getInt("warnings");
        if (warnings > 0) {
            factors.add(new HealthFactor(HealthFactorKind.WARNINGS, warnings, null, WARNING_POINTS * warnings));
        }
        int redLines = rs.getInt("red_lines");
        if (redLines > 0) {
            factors.add(new HealthFactor(HealthFactorKind.RED_LINES, redLines, null, RED_LINE_POINTS * redLines));
        }
        int joinedDaysAgo = rs.getInt("joined_days_ago");
        if (!rs.wasNull()) {
            factors.add(new HealthFactor(HealthFactorKind.JOINED_DAYS_AGO, joinedDaysAgo, null, 0));
        }
        return factors;
    }
}
