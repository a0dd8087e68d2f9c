package app.communityops.screening.ui;

import app.communityops.community.CommunityNavigation;
import app.communityops.community.CommunitySummary;
import app.communityops.screening.ReviewQueueService;
import app.communityops.screening.ScreeningNavigation;
import app.communityops.shared.Roles;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/**
 * The review queue's menu entry: with one community it goes straight to that community's queue, otherwise it
 * lists the user's communities with how many applications wait in each.
 */
@Route(ScreeningNavigation.REVIEW_ENTRY_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
@Menu(title = "screening.menu.review", order = 20, icon = "CHECK_SQUARE_O")
@NavGroup(NavArea.CUSTOM)
public class ReviewEntryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReviewQueueService queue;

    ReviewEntryView(ReviewQueueService queue) {
        this.queue = queue;
        setId("review-entry-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<CommunitySummary, Integer> pending = queue.pendingByCommunity();
        if (pending.size() == 1) {
            event.forwardTo(ScreeningNavigation.reviewPath(pending.keySet().iterator().next().id()));
            return;
        }
        removeAll();
        if (pending.isEmpty()) {
            Div empty = new Div();
            empty.setId("review-entry-empty");
            empty.addClassName("empty-state");
            var icon = VaadinIcon.GROUP.create();
            icon.setSize("48px");
            icon.addClassName("empty-icon");
            empty.add(icon, new Span(getTranslation("screening.review.noCommunities")));
            add(empty);
            return;
        }
        pending.forEach((community, count) -> {
            RouterLink link = new RouterLink(getTranslation("screening.review.entry", community.name(), count),
                    ReviewQueueView.class, CommunityNavigation.parameters(community.id()));
            link.setId("review-entry-" + community.id());
            add(link);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("screening.menu.review");
    }
}
