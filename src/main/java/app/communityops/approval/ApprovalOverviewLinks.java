package app.communityops.approval;

import app.communityops.community.CommunityPageLink;
import app.communityops.community.CommunityPageLink.Area;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the community overview leads to the community's approval setting. */
@Configuration(proxyBeanMethods = false)
class ApprovalOverviewLinks {

    @Bean
    CommunityPageLink approvalSettingsLink() {
        return new CommunityPageLink(Area.CONTENT, 30, "approval.overview.link", "area-content-approvals",
                ApprovalNavigation::communitySettingsPath);
    }
}
