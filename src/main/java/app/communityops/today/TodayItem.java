package app.communityops.today;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of the Today list. A stored task's {@code title} is its text ({@code titleKey} null); a derived item's
 * title is the bundle key {@code titleKey} with {@code titleArgs}. {@code link} is the route where it is handled;
 * {@code task} is set for stored tasks (with the member's and the assignee's names resolved). {@code communityId} is
 * null only for a tool none of the communities in view uses.
 */
public record TodayItem(String key, TodayKind kind, @Nullable UUID communityId, String communityName,
                        @Nullable String titleKey, String title, List<String> titleArgs, Instant dueAt,
                        boolean overdue, String link, @Nullable Task task, @Nullable String memberName,
                        @Nullable String memberLink, @Nullable String assigneeName) {

    public TodayItem {
        titleArgs = List.copyOf(titleArgs);
    }

    static TodayItem derived(String key, TodayKind kind, @Nullable UUID communityId, String communityName,
                             String titleKey, List<String> titleArgs, Instant dueAt, boolean overdue, String link) {
        return new TodayItem(key, kind, communityId, communityName, titleKey, titleArgs.getFirst(), titleArgs, dueAt,
                overdue, link, null, null, null, null);
    }
}
