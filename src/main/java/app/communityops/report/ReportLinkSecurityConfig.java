package app.communityops.report;

import app.communityops.security.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A client opens a report's link from their mail without signing in: the signed token is the credential, checked
 * by {@link ReportLinks}. So {@code /report-links/**} has a chain of its own, ahead of the console's, that keeps no
 * session and never reads the console's (as the calendar feed, decision 0008).
 */
@Configuration(proxyBeanMethods = false)
class ReportLinkSecurityConfig {

    @Bean
    @Order(3)
    SecurityFilterChain reportLinkSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(ReportLinks.PATH + "**")
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
