package app.communityops.money;

import app.communityops.community.CommunityPageLink;
import app.communityops.community.CommunityPageLink.Area;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the community overview leads to this feature's pages of a community. */
@Configuration(proxyBeanMethods = false)
class MoneyOverviewLinks {

    @Bean
    CommunityPageLink moneyLink() {
        return new CommunityPageLink(Area.MONEY, 10, "community.overview.money", "area-money-figures",
                MoneyNavigation::communityPath);
    }
}
