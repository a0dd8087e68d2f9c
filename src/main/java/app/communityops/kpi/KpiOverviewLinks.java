package app.communityops.kpi;

import app.communityops.community.CommunityPageLink;
import app.communityops.community.CommunityPageLink.Area;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the community overview leads to this feature's pages of a community. */
@Configuration(proxyBeanMethods = false)
class KpiOverviewLinks {

    @Bean
    CommunityPageLink dashboardLink() {
        return new CommunityPageLink(Area.MANAGE, 10, "dashboard.overview.link", "area-manage-dashboard",
                KpiNavigation::dashboardPath);
    }

    @Bean
    CommunityPageLink manageLink() {
        return new CommunityPageLink(Area.MANAGE, 20, "community.overview.manage", "area-manage-kpis",
                KpiNavigation::managePath);
    }
}
