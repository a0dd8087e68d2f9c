package app.communityops.members.io;

import app.communityops.security.SessionChecks;
import app.communityops.security.SecurityHeaders;
import app.communityops.shared.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * The console's Vaadin security answers 403 to every path that is not a Vaadin view, so the CSV export has a
 * filter chain of its own, ahead of it: staff and client users signed in to the console (the same HTTP session)
 * may call it; which community they may export is the export service's check. Anyone else gets 403; there is no
 * login page here, the download link lives inside the console.
 */
@Configuration(proxyBeanMethods = false)
class ExportSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain exportSecurityFilterChain(HttpSecurity http, SessionChecks sessions) throws Exception {
        return http.securityMatcher("/export/**")
                // A session that was ended (account disabled, password changed, ...) is refused here too.
                .addFilterAfter(sessions.filter(), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest()
                        .hasAnyRole(Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.CLIENT))
                .requestCache(cache -> cache.disable())
                .headers(SecurityHeaders.downloads())
                .build();
    }
}
