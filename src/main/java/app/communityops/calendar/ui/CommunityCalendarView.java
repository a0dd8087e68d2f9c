package app.communityops.calendar.ui;

import app.communityops.calendar.CalendarFeedService;
import app.communityops.calendar.CalendarNavigation;
import app.communityops.calendar.CalendarService;
import app.communityops.community.CommunityPage;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import app.communityops.tenancy.TenantZone;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/** One community's calendar; its staff also find the community's iCalendar feed here. */
@Route(CalendarNavigation.COMMUNITY_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.CLIENT})
class CommunityCalendarView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CalendarService calendarService;
    private final CalendarFeedService feeds;
    private final CommunityService communities;
    private final TenantZone zones;
    private @Nullable CommunitySummary community;

    CommunityCalendarView(CalendarService calendarService, CalendarFeedService feeds, CommunityService communities,
                          TenantZone zones) {
        this.calendarService = calendarService;
        this.feeds = feeds;
        this.communities = communities;
        this.zones = zones;
        setId("community-calendar-view");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CommunitySummary found = CommunityPage.readable(event, communities);
        community = found;
        removeAll();
        add(new H2(getTranslation("calendar.community.heading", found.name())));
        add(new CalendarScreen(calendarService, zones.current(), communities, found));
        if (!CurrentUser.require().hasRole(Roles.CLIENT)) {
            add(new FeedPanel(feeds, found));
        }
    }

    @Override
    public String getPageTitle() {
        return community == null ? getTranslation("calendar.title")
                : getTranslation("calendar.community.title", community.name());
    }
}
