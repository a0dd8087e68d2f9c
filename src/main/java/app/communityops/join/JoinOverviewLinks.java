package app.communityops.join;

import app.communityops.community.CommunityPageLink;
import app.communityops.community.CommunityPageLink.Area;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The community overview's way to the join page, links and group codes, in the Custom card beside screening. */
@Configuration(proxyBeanMethods = false)
class JoinOverviewLinks {

    @Bean
    CommunityPageLink joinLink() {
        return new CommunityPageLink(Area.CUSTOM, 30, "join.overview.link", "area-custom-join",
                JoinNavigation::settingsPath);
    }
}
