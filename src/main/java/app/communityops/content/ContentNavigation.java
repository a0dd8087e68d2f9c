package app.communityops.content;

import java.time.LocalDate;
import java.util.UUID;

/** The way in to content screens from other features (the calendar links here). */
public final class ContentNavigation {

    public static final String ENTRY_ROUTE = "content";
    public static final String RULEBOOK_ENTRY_ROUTE = "rulebook";
    public static final String RULEBOOK_ROUTE = "communities/:communityId/rulebook";
    public static final String LIST_ROUTE = "communities/:communityId/content";
    public static final String DETAIL_ROUTE = "communities/:communityId/content/:contentId";

    private ContentNavigation() {
    }

    public static String rulebookPath(UUID communityId) {
        return "communities/" + communityId + "/rulebook";
    }

    public static String listPath(UUID communityId) {
        return "communities/" + communityId + "/content";
    }

    /** The list with its create form open, the publish time pre-filled with that day. */
    public static String newPath(UUID communityId, LocalDate day) {
        return listPath(communityId) + "?new=" + day;
    }

    public static String detailPath(UUID communityId, UUID contentId) {
        return listPath(communityId) + "/" + contentId;
    }
}
