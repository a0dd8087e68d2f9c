package app.communityops.security;

import java.io.Serial;
import org.springframework.security.authentication.AccountStatusException;

/** Too many failed sign-ins for this email recently. */
public class SignInThrottledException extends AccountStatusException {

    @Serial
    private static final long serialVersionUID = 1L;

    public SignInThrottledException() {
        super("Too many failed sign-ins");
    }
}
