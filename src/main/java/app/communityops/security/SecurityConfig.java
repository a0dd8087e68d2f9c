package app.communityops.security;

import app.communityops.security.mfa.SecondFactorWeb;
import app.communityops.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.context.ApplicationEventPublisher;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                            SessionChecks sessions, SecondFactorWeb secondFactor) throws Exception {
        // The sign-in form must use the throttled manager below, not one Spring builds from the UserDetailsService.
        http.authenticationManager(authenticationManager);
        http.addFilterAfter(sessions.filter(), SecurityContextHolderFilter.class);
        // The code step of two-factor sign-in, and its gate (docs/decisions/0025).
        secondFactor.applyTo(http);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/webjars/**", "/images/**", "/actuator/health/**", "/styles.css").permitAll());
        http.headers(SecurityHeaders.console());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    /** Argon2id with OWASP's minimum parameters: 19 MiB of memory, 2 iterations, 1 lane. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    AuthenticationManager authenticationManager(AccountUserDetailsService accounts, PasswordEncoder passwordEncoder,
                                                SignInThrottle throttle, AuthenticationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        // Status is checked after the password, never before: see AccountUserDetailsService.
        passwords.setPreAuthenticationChecks(details -> { });
        passwords.setPostAuthenticationChecks(accounts.afterPasswordCheck());
        ProviderManager manager = new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }
}
