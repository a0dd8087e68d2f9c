package app.communityops.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Takes a slot in the throttle before any password is checked (refused: no check at all), and settles it after:
 * a wrong password keeps it spent, a right one hands it back.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, SignInThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) {
        SignInThrottle.Reservation slot = throttle.reserve(authentication.getName(), ClientAddress.of(authentication));
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        } catch (BadCredentialsException wrongPassword) {
            throw wrongPassword;
        } catch (RuntimeException notAGuess) {
            // A disabled account after the right password, or a failure of ours: nothing was guessed.
            try {
                throttle.release(slot);
            } catch (RuntimeException e) {
                notAGuess.addSuppressed(e);
            }
            throw notAGuess;
        }
        if (result == null) {
            throttle.release(slot);
            return null;
        }
        throttle.succeeded(slot);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
