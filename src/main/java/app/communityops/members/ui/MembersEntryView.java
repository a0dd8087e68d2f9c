package app.communityops.members.ui;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.members.MembersNavigation;
import app.communityops.shared.Roles;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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

/**
 * The menu's way to members: straight to the grid when the user sees one community, a choice when several, and an
 * explanation when none.
 */
@Route(MembersNavigation.ENTRY_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.CLIENT})
@Menu(title = "members.title", order = 20, icon = "USERS")
@NavGroup(NavArea.CUSTOM)
public class MembersEntryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CommunityService communities;

    MembersEntryView(CommunityService communities) {
        this.communities = communities;
        setId("members-entry");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<CommunitySummary> visible = communities.visible();
        if (visible.size() == 1) {
            event.forwardTo(MembersNavigation.communityPath(visible.getFirst().id()));
            return;
        }
        removeAll();
        if (visible.isEmpty()) {
            var icon = VaadinIcon.USERS.create();
            icon.setSize("48px");
            icon.addClassName("empty-icon");
            Div empty = new Div(icon, new Span(getTranslation("members.entry.none")));
            empty.setId("members-entry-empty");
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        add(new H2(getTranslation("members.entry.choose")), new Paragraph(getTranslation("members.entry.chooseText")));
        Div list = new Div();
        list.setId("members-entry-communities");
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        for (CommunitySummary community : visible) {
            Anchor link = new Anchor(MembersNavigation.communityPath(community.id()), community.name());
            link.setId("members-of-" + community.id());
            list.add(link);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.title");
    }
}
