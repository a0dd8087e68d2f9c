package app.communityops.content;

import app.communityops.community.CommunityPageLink;
import app.communityops.community.CommunityPageLink.Area;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the community overview leads to this feature's pages of a community. */
@Configuration(proxyBeanMethods = false)
class ContentOverviewLinks {

    @Bean
    CommunityPageLink contentLink() {
        return new CommunityPageLink(Area.CONTENT, 10, "community.overview.content", "area-content-list",
                ContentNavigation::listPath);
    }

    @Bean
    CommunityPageLink rulebookLink() {
        return new CommunityPageLink(Area.CONTENT, 20, "community.overview.rulebook", "area-content-rulebook",
                ContentNavigation::rulebookPath);
    }
}
