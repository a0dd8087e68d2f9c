package app.communityops.screening;

import app.communityops.community.CommunityPageLink;
import app.communityops.community.CommunityPageLink.Area;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the community overview leads to this feature's pages of a community. */
@Configuration(proxyBeanMethods = false)
class ScreeningOverviewLinks {

    @Bean
    CommunityPageLink customLink() {
        return new CommunityPageLink(Area.CUSTOM, 20, "screening.overview.customLink", "area-custom-profile",
                ScreeningNavigation::customPath);
    }
}
