package app.communityops.report;

import app.communityops.community.CommunityPageLink;
import app.communityops.community.CommunityPageLink.Area;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the community overview leads to this feature's pages of a community. */
@Configuration(proxyBeanMethods = false)
class ReportOverviewLinks {

    @Bean
    CommunityPageLink reportLink() {
        return new CommunityPageLink(Area.MANAGE, 30, "community.overview.report", "area-manage-report",
                ReportNavigation::path);
    }
}
