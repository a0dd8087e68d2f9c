package app.communityops.calendar;

import app.communityops.security.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Calendar apps fetch the feed without a session or a login: the secret token in the address is the credential,
 * checked by the feed service. So {@code /ical/**} has a chain of its own, ahead of the console's, that lets every
 * request through, keeps no session and never reads the console's (docs/decisions/0008-calendar-feed.md).
 */
@Configuration(proxyBeanMethods = false)
class FeedSecurityConfig {

    @Bean
    @Order(2)
    SecurityFilterChain calendarFeedSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/ical/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.disable())
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .anonymous(anonymous -> anonymous.disable())
                .headers(SecurityHeaders.downloads())
                .build();
    }
}
