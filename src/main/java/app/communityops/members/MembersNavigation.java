package app.communityops.members;

import java.util.UUID;

/** The way in to the member screens: a community's members grid, the entry that picks one, lists and matches. */
public final class MembersNavigation {

    public static final String ENTRY_ROUTE = "members";
    public static final String COMMUNITY_ROUTE = "communities/:communityId/members";
    public static final String LISTS_ROUTE = "settings/members";
    public static final String MATCHES_ROUTE = "member-matches";
    /** The query parameter naming the membership whose panel opens with the members grid. */
    public static final String MEMBER_PARAMETER = "member";

    private MembersNavigation() {
    }

    public static String communityPath(UUID communityId) {
        return "communities/" + communityId + "/members";
    }

    /** The community's members with one member's panel open (a task or a notice about that member links here). */
    public static String memberPath(UUID communityId, UUID membershipId) {
        return communityPath(communityId) + "?" + MEMBER_PARAMETER + "=" + membershipId;
    }
}
