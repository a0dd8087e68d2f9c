package app.communityops.engagement.io;

import app.communityops.members.MembersPageLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the members grid leads staff to import a community's engagement events. */
@Configuration(proxyBeanMethods = false)
class EngagementIoLinks {

    @Bean
    MembersPageLink eventsImportLink() {
        return new MembersPageLink("engagement.io.open", "members-import-events", EngagementIoNavigation::importPath);
    }
}
