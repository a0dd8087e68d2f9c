package app.communityops.content.ui;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.Ids;
import app.communityops.shared.NotFoundException;
import com.vaadin.flow.router.BeforeEnterEvent;

/** A community named in the route, if the user may see it; anything else answers "not found". */
final class CommunityRoute {

    private CommunityRoute() {
    }

    static CommunitySummary community(BeforeEnterEvent event, CommunityService communities) {
        return event.getRouteParameters().get("communityId").flatMap(Ids::parse).flatMap(communities::find)
                .orElseThrow(NotFoundException::new);
    }
}
