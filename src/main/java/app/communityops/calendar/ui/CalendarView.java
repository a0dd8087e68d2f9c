package app.communityops.calendar.ui;

import app.communityops.calendar.CalendarNavigation;
import app.communityops.calendar.CalendarService;
import app.communityops.community.CommunityService;
import app.communityops.shared.Roles;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavGroup;
import app.communityops.tenancy.TenantZone;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Every community the user sees on one calendar, activities and content together. */
@Route(CalendarNavigation.ALL_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.CLIENT})
@Menu(title = "calendar.title", order = 5, icon = "CALENDAR")
@NavGroup(NavArea.ACTIVITY)
class CalendarView extends VerticalLayout implements HasDynamicTitle {
    private final TenantZone zones;

    CalendarView(CalendarService calendarService, CommunityService communities, TenantZone zones) {
        this.zones = zones;
        setId("calendar-view");
        setSizeFull();
        add(new CalendarScreen(calendarService, zones.current(), communities, null));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title");
    }
}
