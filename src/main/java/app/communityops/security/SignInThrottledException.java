package app.communityops.security;

import java.io.Serial;
import java.time.Duration;
import org.springframework.security.authentication.AccountStatusException;

/** Too many failed sign-ins for this email from this address, from this address, or for this email: wait. */
public class SignInThrottledException extends AccountStatusException {

    @Serial
    private static final long serialVersionUID = 2L;

    private final Duration retryAfter;

    public SignInThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins");
        this.retryAfter = retryAfter;
    }

    /** How long until another attempt is taken, in whole seconds. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
