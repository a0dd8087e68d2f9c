package app.communityops.engagement;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The partition job runs on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EngagementConfig {
}
