package app.communityops.join;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts {@link JoinRequestLimit} in front of the public join pages only, ahead of the security chain, so a flood is
 * refused before a session or a view is made. An applicant's visit loads a page or two (the page, then the status
 * link, perhaps reloaded); the defaults let a family or an office behind one address come many times an hour.
 */
@Configuration(proxyBeanMethods = false)
class JoinRequestLimitConfig {

    @Bean
    FilterRegistrationBean<JoinRequestLimit> joinRequestLimit(JdbcClient jdbc,
            @Value("${communityops.join.request-burst:40}") double burst,
            @Value("${communityops.join.request-per-hour:240}") double perHour) {
        FilterRegistrationBean<JoinRequestLimit> registration =
                new FilterRegistrationBean<>(new JoinRequestLimit(jdbc, burst, perHour));
        registration.addUrlPatterns(JoinNavigation.PUBLIC_PREFIX + "*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
