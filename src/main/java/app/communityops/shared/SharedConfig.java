package app.communityops.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SharedConfig {

    /** Injected wherever time matters, so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
