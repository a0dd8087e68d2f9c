package app.communityops.members;

import app.communityops.community.CommunityPageLink;
import app.communityops.community.CommunityPageLink.Area;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the community overview leads to this feature's pages of a community. */
@Configuration(proxyBeanMethods = false)
class MembersOverviewLinks {

    @Bean
    CommunityPageLink membersLink() {
        return new CommunityPageLink(Area.CUSTOM, 10, "members.overview.link", "area-custom-members",
                MembersNavigation::communityPath);
    }
}
