package app.communityops.join.ui;

import app.communityops.community.CommunityNavigation;
import app.communityops.community.CommunityPage;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.join.GroupCodeService;
import app.communityops.join.JoinApplicationService;
import app.communityops.join.JoinLinkService;
import app.communityops.join.JoinNavigation;
import app.communityops.join.JoinPageService;
import app.communityops.shared.Roles;
import app.communityops.tenancy.TenantZone;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * A community's way in, for its staff: the join page's texts, the channel links with their QR codes, the groups'
 * QR codes handed to the approved, and the applications that came through, each on a tab of its own.
 */
@Route(JoinNavigation.SETTINGS_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
public class JoinSettingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CommunityService communities;
    private final JoinPageService pages;
    private final JoinLinkService links;
    private final GroupCodeService codes;
    private final JoinApplicationService applications;
    private final TenantZone zones;
    private @Nullable CommunitySummary community;

    JoinSettingsView(CommunityService communities, JoinPageService pages, JoinLinkService links,
                     GroupCodeService codes, JoinApplicationService applications, TenantZone zones) {
        this.zones = zones;
        this.communities = communities;
        this.pages = pages;
        this.links = links;
        this.codes = codes;
        this.applications = applications;
        setId("join-settings-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CommunitySummary shown = CommunityPage.writable(event, communities);
        community = shown;
        removeAll();
        Anchor back = new Anchor(CommunityNavigation.overviewPath(shown.id()),
                getTranslation("join.settings.backToCommunity"));
        back.setId("join-settings-back");
        Div toolbar = new Div(back);
        toolbar.addClassName("view-toolbar");
        H2 title = new H2(getPageTitle());
        TabSheet tabs = new TabSheet();
        tabs.setId("join-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("join.tab.page"), new PageEditor(pages, shown.id()));
        tabs.add(getTranslation("join.tab.links"), new LinksPanel(links, shown.id()));
        Tab codesTab = tabs.add(getTranslation("join.tab.codes"), new GroupCodesPanel(codes, shown.id()));
        tabs.add(getTranslation("join.tab.applications"), lazy(() -> new ApplicationsPanel(applications,
                shown.id(), zones.current())));
        add(toolbar, title, tabs);
        // A warning about the group codes opens this screen on their tab.
        if (event.getLocation().getQueryParameters().getSingleParameter(JoinNavigation.TAB_PARAMETER)
                .filter(JoinNavigation.CODES_TAB::equals).isPresent()) {
            tabs.setSelectedTab(codesTab);
        }
    }

    @Override
    public String getPageTitle() {
        return community == null ? getTranslation("join.settings.title")
                : getTranslation("join.settings.titleOf", community.name());
    }

    /** Built when first shown, so the list of applications is read only by those who look at it. */
    private static Component lazy(java.util.function.Supplier<Component> content) {
        Div holder = new Div();
        holder.setWidthFull();
        holder.addAttachListener(event -> {
            if (holder.getChildren().findAny().isEmpty()) {
                holder.add(content.get());
            }
        });
        return holder;
    }
}
