package app.communityops.today;

import java.util.Locale;

/**
 * What a line of the Today list is: a stored task, or work another module already knows is due (derived, never
 * stored: it is done where it is handled, decision 0043).
 */
public enum TodayKind {
    TASK, REVIEW, ELIMINATION, CONTENT, ACTIVITY, ATTENDANCE, TOOL;

    public String key() {
        return "today.kind." + name().toLowerCase(Locale.ROOT);
    }
}
