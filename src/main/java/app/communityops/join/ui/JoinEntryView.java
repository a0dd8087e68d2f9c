package app.communityops.join.ui;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunityStatus;
import app.communityops.community.CommunitySummary;
import app.communityops.join.JoinNavigation;
import app.communityops.shared.Roles;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The menu's way to the join pages: the staff member's communities, each leading to its join screen. */
@Route(JoinNavigation.ENTRY_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
@Menu(title = "join.menu", order = 21, icon = "QRCODE")
@NavGroup(NavArea.CUSTOM)
public class JoinEntryView extends VerticalLayout implements HasDynamicTitle {

    JoinEntryView(CommunityService communities) {
        setId("join-entry-view");
        add(new H2(getTranslation("join.menu")), new Paragraph(getTranslation("join.entry.about")));
        List<CommunitySummary> shown = communities.visible().stream()
                .filter(community -> community.status() != CommunityStatus.ARCHIVED).toList();
        if (shown.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("join.entry.empty"));
            empty.setId("join-entry-empty");
            add(empty);
        }
        for (CommunitySummary community : shown) {
            Anchor link = new Anchor(JoinNavigation.settingsPath(community.id()), community.name());
            link.setId("join-entry-" + community.id());
            add(link);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("join.menu");
    }
}
