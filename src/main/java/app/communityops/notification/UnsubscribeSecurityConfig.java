package app.communityops.notification;

import app.communityops.security.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Mail clients POST the one-click unsubscribe without a session, a login or a CSRF token: the secret token in the
 * address is the credential. So {@code /mail/unsubscribe/**} has a chain of its own, ahead of the console's, shaped
 * like the calendar feed's.
 */
@Configuration(proxyBeanMethods = false)
class UnsubscribeSecurityConfig {

    @Bean
    @Order(3)
    SecurityFilterChain mailUnsubscribeSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/" + MailRenderer.ONE_CLICK_PATH + "**")
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
