package app.communityops.members;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The factors behind a score as the daily recompute stores them: one column per figure and the points it added in
 * member_health (changelog 10-H5), read back as the list the panels show, each with its pull on the score: the points
 * it added minus its full marks (silent 18 days: 21 of 30, so -9), a warning or red line its penalty. The strongest
 * pull decides the operator's next step ({@link HealthAdvice}). Attendance is a factor only when the community held
 * activities since the member joined (else the other factors' full marks are scaled up to 100), warnings and red
 * lines only when there are some, the days since joining only while the member counts as new.
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

    /**
     * The most points {@code kind} adds to a score (decision 0047), scaled by 100 / 85 as the recompute does when no
     * activity was held since the member joined; 0 for the penalties and the days since joining.
     */
    public static int fullMarks(HealthFactorKind kind, boolean attendanceCounted) {
        int full = switch (kind) {
            case SILENT_DAYS -> 30;
            case ACTIVE_DAYS -> 25;
            case ATTENDED -> 15;
            case ENGAGEMENT_KINDS, CONTENT_INTERACTIONS, PURCHASES -> 10;
            case WARNINGS, RED_LINES, JOINED_DAYS_AGO -> 0;
        };
        return attendanceCounted ? full : Math.round(full * 100 / 85f);
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
        int offered = rs.getInt("activities_offered");
        boolean attendance = offered > 0;
        factors.add(pull(HealthFactorKind.SILENT_DAYS, rs.getInt("silent_days"), null, rs.getInt("recency_points"),
                attendance));
        factors.add(pull(HealthFactorKind.ACTIVE_DAYS, rs.getInt("active_days"), ACTIVE_DAYS_OF,
                rs.getInt("frequency_points"), attendance));
        factors.add(pull(HealthFactorKind.ENGAGEMENT_KINDS, rs.getInt("engagement_kinds"), ENGAGEMENT_KINDS_OF,
                rs.getInt("breadth_points"), attendance));
        if (attendance) {
            factors.add(pull(HealthFactorKind.ATTENDED, rs.getInt("activities_attended"), offered,
                    rs.getInt("attendance_points"), true));
        }
        factors.add(pull(HealthFactorKind.CONTENT_INTERACTIONS, rs.getInt("content_days"), null,
                rs.getInt("content_points"), attendance));
        factors.add(pull(HealthFactorKind.PURCHASES, rs.getInt("paid_orders"), null, rs.getInt("purchase_points"),
                attendance));
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

    private static HealthFactor pull(HealthFactorKind kind, int value, @Nullable Integer of, int added,
                                     boolean attendanceCounted) {
        return new HealthFactor(kind, value, of, added - fullMarks(kind, attendanceCounted));
    }
}
