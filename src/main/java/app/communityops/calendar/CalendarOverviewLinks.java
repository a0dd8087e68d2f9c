package app.communityops.calendar;

import app.communityops.community.CommunityPageLink;
import app.communityops.community.CommunityPageLink.Area;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the community overview leads to this feature's pages of a community. */
@Configuration(proxyBeanMethods = false)
class CalendarOverviewLinks {

    @Bean
    CommunityPageLink calendarLink() {
        return new CommunityPageLink(Area.ACTIVITY, 20, "community.overview.calendar", "area-activity-calendar",
                CalendarNavigation::communityPath);
    }
}
