package app.communityops.activity;

import app.communityops.community.CommunityPageLink;
import app.communityops.community.CommunityPageLink.Area;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the community overview leads to this feature's pages of a community. */
@Configuration(proxyBeanMethods = false)
class ActivityOverviewLinks {

    @Bean
    CommunityPageLink activitiesLink() {
        return new CommunityPageLink(Area.ACTIVITY, 10, "community.overview.activities", "area-activity-list",
                ActivityNavigation::listPath);
    }
}
