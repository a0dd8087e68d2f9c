package app.communityops.engagement.io;

import app.communityops.members.MembersNavigation;
import java.util.UUID;

/** The way in to the events import screen. */
public final class EngagementIoNavigation {

    public static final String IMPORT_ROUTE = "communities/:communityId/events/import";

    private EngagementIoNavigation() {
    }

    public static String importPath(UUID communityId) {
        return "communities/" + communityId + "/events/import";
    }

    /** The community's members screen, where the import is linked from. */
    public static String membersPath(UUID communityId) {
        return MembersNavigation.communityPath(communityId);
    }
}
