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

/** The menu's way to a community's content items. */
@Route(ContentNavigation.ENTRY_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.CLIENT})
@Menu(title = "content.title", order = 41, icon = "FILE_TEXT_O")
@NavGroup(NavArea.CONTENT)
class ContentEntryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CommunityService communities;

    ContentEntryView(CommunityService communities) {
        this.communities = communities;
        setId("content-entry");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CommunityChoice.show(this, event, communities.visible(), "content", ContentNavigation::listPath);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("content.title");
    }
}
