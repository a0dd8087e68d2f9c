package app.communityops.members;

import java.util.UUID;

/** The way in to the member screens: a community's members grid, the entry that picks one, lists and matches. */
public final class MembersNavigation {

    public static final String ENTRY_ROUTE = "members";
    public static final String COMMUNITY_ROUTE = "communities/:communityId/members";
    public static final String LISTS_ROUTE = "settings/members";
    public static final String MATCHES_ROUTE = "member-matches";

    private MembersNavigation() {
    }

    public static String communityPath(UUID communityId) {
        return "communities/" + communityId + "/members";
    }
}
