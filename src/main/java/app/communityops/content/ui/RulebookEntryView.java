package app.communityops.content.ui;

import app.communityops.community.CommunityService;
import app.communityops.content.ContentNavigation;
import app.communityops.shared.Roles;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavGroup;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The menu's way to a community's rulebook. */
@Route(ContentNavigation.RULEBOOK_ENTRY_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.CLIENT})
@Menu(title = "rulebook.title", order = 40, icon = "BOOK")
@NavGroup(NavArea.CONTENT)
class RulebookEntryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CommunityService communities;

    RulebookEntryView(CommunityService communities) {
        this.communities = communities;
        setId("rulebook-entry");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CommunityChoice.show(this, event, communities.visible(), "rulebook", ContentNavigation::rulebookPath);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rulebook.title");
    }
}
