package app.communityops.members;

import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/** The way in to the member screens: a community's members grid, the entry that picks one, lists and matches. */
public final class MembersNavigation {

    public static final String ENTRY_ROUTE = "members";
    public static final String COMMUNITY_ROUTE = "communities/:communityId/members";
    public static final String LISTS_ROUTE = "settings/members";
    public static final String MATCHES_ROUTE = "member-matches";
    /** The query parameter naming the membership whose panel opens with the members grid. */
    public static final String MEMBER_PARAMETER = "member";
    /** Query parameters of the grid's health filters and order, as in the CSV export's address. */
    public static final String SEGMENT_PARAMETER = "segment";
    public static final String SCORE_FROM_PARAMETER = "scoreFrom";
    public static final String SCORE_TO_PARAMETER = "scoreTo";
    public static final String SORT_PARAMETER = "sort";

    private MembersNavigation() {
    }

    public static String communityPath(UUID communityId) {
        return "communities/" + communityId + "/members";
    }

    /**
     * The community's members in the given health segments, the lowest score first: the dashboard's At-risk list
     * links here to show everyone on it.
     */
    public static String segmentsPath(UUID communityId, Collection<HealthSegment> segments) {
        return communityPath(communityId) + "?" + segments.stream().map(segment -> SEGMENT_PARAMETER + "=" + segment)
                .sorted().collect(Collectors.joining("&")) + "&" + SORT_PARAMETER + "="
                + MemberSortField.HEALTH.parameter();
    }

    /** The community's members with one member's panel open (a task or a notice about that member links here). */
    public static String memberPath(UUID communityId, UUID membershipId) {
        return communityPath(communityId) + "?" + MEMBER_PARAMETER + "=" + membershipId;
    }
}
