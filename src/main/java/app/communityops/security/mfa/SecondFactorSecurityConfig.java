package app.communityops.security.mfa;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.config.annotation.authorization.EnableMultiFactorAuthentication;

/**
 * Wires two-factor sign-in into Spring Security (docs/decisions/0025): multi-factor mode on (a factor given later
 * joins the sign-in of the same principal only), one {@link AuthorizationManagerFactory} that adds
 * {@link SecondFactorRule} to every rule, and the password step marking the sign-ins that need a second factor.
 * The code step's filters are added to the console's chain by {@link SecondFactorWeb}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMultiFactorAuthentication(authorities = {})
class SecondFactorSecurityConfig {

    /** Raw on purpose: one factory for request rules and method rules alike. */
    @Bean
    @SuppressWarnings({"rawtypes", "unchecked"})
    static AuthorizationManagerFactory authorizationManagerFactory() {
        DefaultAuthorizationManagerFactory factory = new DefaultAuthorizationManagerFactory();
        factory.setAdditionalAuthorization(new SecondFactorRule());
        return factory;
    }

    @Bean
    static BeanPostProcessor passwordStepMarker(ObjectProvider<SecondFactorSignIn> signIn) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                // Spring Security expects a ProviderManager: the original, with its events and checks, becomes the
                // one provider of a thin outer one that adds the mark.
                if (bean instanceof AuthenticationManager manager && !(bean instanceof MarkingManager)) {
                    return new MarkingManager(new PasswordStep(manager, signIn));
                }
                return bean;
            }
        };
    }

    private static final class MarkingManager extends ProviderManager {

        MarkingManager(PasswordStep step) {
            super(step);
        }
    }
}
