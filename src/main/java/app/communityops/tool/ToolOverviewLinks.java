package app.communityops.tool;

import app.communityops.community.CommunityPageLink;
import app.communityops.community.CommunityPageLink.Area;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the community overview leads to this feature's pages of a community. */
@Configuration(proxyBeanMethods = false)
class ToolOverviewLinks {

    @Bean
    CommunityPageLink toolsLink() {
        return new CommunityPageLink(Area.TOOL, 10, "community.overview.tools", "area-tool-inventory",
                ToolNavigation::communityPath);
    }
}
