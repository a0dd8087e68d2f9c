package app.communityops.community;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import java.util.UUID;

/** The way in to a community's pages from other features. */
public final class CommunityNavigation {

    public static final String LIST_ROUTE = "communities";
    public static final String OVERVIEW_ROUTE = "communities/:communityId";
    /** The tenant admin's list of verticals, by which communities are compared with their peers. */
    public static final String VERTICALS_ROUTE = "settings/verticals";

    private CommunityNavigation() {
    }

    public static void toOverview(UUID communityId) {
        UI.getCurrent().navigate(overviewPath(communityId));
    }

    public static String overviewPath(UUID communityId) {
        return "communities/" + communityId;
    }

    public static RouteParameters parameters(UUID communityId) {
        return new RouteParameters("communityId", communityId.toString());
    }
}
