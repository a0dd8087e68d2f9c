package app.communityops.security.mfa;

import app.communityops.shared.SignInFactors;
import java.util.function.Supplier;
import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;

/**
 * Spring Security's programmatic multi-factor rule (reference: "Programmatic MFA"), added to every role and
 * authentication rule of the application, web and method alike: a sign-in marked as needing a second factor must
 * carry both {@code FACTOR_PASSWORD} and {@code FACTOR_TOTP}. Sign-ins without the mark (users who neither have nor
 * must have an app, API keys, scheduled jobs) are not touched.
 */
final class SecondFactorRule implements AuthorizationManager<Object> {

    private final AllRequiredFactorsAuthorizationManager<Object> bothFactors = AllRequiredFactorsAuthorizationManager
            .builder().requireFactor(factor -> factor.authority(SignInFactors.PASSWORD))
            .requireFactor(factor -> factor.authority(SignInFactors.TOTP)).build();

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, Object object) {
        Authentication current = authentication.get();
        if (current != null && SignInFactors.has(current, SignInFactors.SECOND_FACTOR_REQUIRED)) {
            return bothFactors.authorize(authentication, object);
        }
        return new AuthorizationDecision(true);
    }
}
