package app.communityops.activity.ui;

import app.communityops.activity.ActivityNavigation;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.Roles;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The menu's way to activities: straight to the list with one community, a choice with several. */
@Route(ActivityNavigation.ENTRY_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.CLIENT})
@Menu(title = "activity.title", order = 30, icon = "CALENDAR_USER")
@NavGroup(NavArea.ACTIVITY)
class ActivitiesEntryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CommunityService communities;

    ActivitiesEntryView(CommunityService communities) {
        this.communities = communities;
        setId("activities-entry");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<CommunitySummary> visible = communities.visible();
        if (visible.size() == 1) {
            event.forwardTo(ActivityNavigation.listPath(visible.getFirst().id()));
            return;
        }
        removeAll();
        if (visible.isEmpty()) {
            var icon = VaadinIcon.CALENDAR_USER.create();
            icon.setSize("48px");
            icon.addClassName("empty-icon");
            Div empty = new Div(icon, new Span(getTranslation("activity.entry.none")));
            empty.setId("activities-entry-empty");
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        add(new H2(getTranslation("activity.entry.choose")));
        Div list = new Div();
        list.setId("activities-entry-communities");
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        for (CommunitySummary community : visible) {
            Anchor link = new Anchor(ActivityNavigation.listPath(community.id()), community.name());
            link.setId("activities-of-" + community.id());
            list.add(link);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activity.title");
    }
}
