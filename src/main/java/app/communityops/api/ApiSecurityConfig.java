package app.communityops.api;

import app.communityops.api.web.ApiWriteFilter;
import app.communityops.api.web.Problems;
import app.communityops.security.SecurityHeaders;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The API's own filter chain, ahead of the console's: stateless, no CSRF (no cookies are read), API keys only.
 * The console's Vaadin chain never sees {@code /api/**}. The OpenAPI description and its browser UI are public;
 * they describe the API, not any tenant's data.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:api.properties")
class ApiSecurityConfig {

    /** The description, and its browser UI: /api/docs redirects to springdoc's files under /api/swagger-ui. */
    static final String[] DOCS = {"/api/openapi", "/api/openapi/**", "/api/docs", "/api/docs/**",
        "/api/swagger-ui/**"};

    @Bean
    @Order(0)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiKeyAuthenticator authenticator,
                                               ApiRateLimiter limiter, JdbcTemplate jdbc,
                                               PlatformTransactionManager transactionManager, Clock clock)
            throws Exception {
        ApiKeyFilter keys = new ApiKeyFilter(authenticator, limiter, DOCS);
        ApiWriteFilter writes = new ApiWriteFilter(jdbc, transactionManager, clock);
        return http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .anonymous(anonymous -> anonymous.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .headers(SecurityHeaders.api())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(DOCS).permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/**").hasAuthority(ApiScope.READ.authority())
                        .requestMatchers(HttpMethod.PUT, "/api/v1/communities/*/members")
                        .hasAuthority(ApiScope.WRITE_MEMBERS.authority())
                        .requestMatchers(HttpMethod.POST, "/api/v1/communities/*/applications")
                        .hasAuthority(ApiScope.WRITE_MEMBERS.authority())
                        .requestMatchers(HttpMethod.POST, "/api/v1/communities/*/events")
                        .hasAuthority(ApiScope.WRITE_EVENTS.authority())
                        .requestMatchers("/api/v1/orders/**", "/api/v1/communities/*/orders/**")
                        .hasAuthority(ApiScope.WRITE_ORDERS.authority())
                        .anyRequest().denyAll())
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, e) -> Problems.write(request, response,
                                HttpStatus.UNAUTHORIZED, "A valid API key is required."))
                        .accessDeniedHandler((request, response, e) -> Problems.write(request, response,
                                HttpStatus.FORBIDDEN, "This key may not do that.")))
                .addFilterBefore(keys, AuthorizationFilter.class)
                .addFilterAfter(writes, AuthorizationFilter.class)
                .build();
    }
}
