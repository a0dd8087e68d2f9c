package app.communityops.members.export;

import app.communityops.shared.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * File downloads live outside Vaadin's routes, where the console's filter chain would answer 403. This chain
 * takes {@code /export/**}: signed-in staff and client users only, through the same HTTP session as the console;
 * anyone else gets 401. Which community a user may export is decided by the services, as everywhere.
 */
@Configuration(proxyBeanMethods = false)
class ExportSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain exportFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/export/**")
                .authorizeHttpRequests(requests -> requests.anyRequest()
                        .hasAnyRole(Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.CLIENT))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .build();
    }
}
