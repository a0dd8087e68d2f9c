package app.communityops.community;

import app.communityops.shared.Ids;
import app.communityops.shared.NotFoundException;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.RouteParameters;
import java.util.Optional;
import java.util.UUID;

/**
 * The one way into a community's page ({@code communities/:communityId/...}): the id from the route, then the
 * community if the user may read it (or work in it); anything else, a malformed id included, is "not found", so
 * no one learns whether the community exists.
 */
public final class CommunityPage {

    /** The route parameter every community page declares. */
    public static final String PARAMETER = "communityId";

    private CommunityPage() {
    }

    /** The id the route names, without an access check (for what checks access itself). */
    public static UUID id(BeforeEvent event) {
        return idIn(event.getRouteParameters()).orElseThrow(NotFoundException::new);
    }

    /** The id the route names, if it names one (a layout around pages of every kind). */
    public static Optional<UUID> idIn(RouteParameters parameters) {
        return parameters.get(PARAMETER).flatMap(Ids::parse);
    }

    /** The community of the route, if the user may read it. */
    public static CommunitySummary readable(BeforeEvent event, CommunityService communities) {
        return communities.find(id(event)).orElseThrow(NotFoundException::new);
    }

    /** The community of the route, if the user may work in it (client users only read). */
    public static CommunitySummary writable(BeforeEvent event, CommunityService communities) {
        return communities.writable(id(event));
    }
}
