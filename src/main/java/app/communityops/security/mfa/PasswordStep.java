package app.communityops.security.mfa;

import app.communityops.shared.AppUserDetails;
import app.communityops.shared.SignInFactors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The password step of a sign-in: after the password matched (and every check of the sign-in passed), a user who
 * has an authenticator app, or must have one, gets the {@link SignInFactors#SECOND_FACTOR_REQUIRED} mark, which
 * {@link SecondFactorRule} turns into "nothing works until the code step".
 */
final class PasswordStep implements AuthenticationProvider {

    private final AuthenticationManager delegate;
    private final ObjectProvider<SecondFactorSignIn> signIn;

    PasswordStep(AuthenticationManager delegate, ObjectProvider<SecondFactorSignIn> signIn) {
        this.delegate = delegate;
        this.signIn = signIn;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        Authentication result = delegate.authenticate(request);
        if (result != null && result.getPrincipal() instanceof AppUserDetails details
                && SignInFactors.has(result, SignInFactors.PASSWORD)
                && signIn.getObject().needsSecondFactor(details.principal())) {
            return result.toBuilder()
                    .authorities(authorities -> authorities.add(
                            new SimpleGrantedAuthority(SignInFactors.SECOND_FACTOR_REQUIRED)))
                    .build();
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return true;
    }
}
