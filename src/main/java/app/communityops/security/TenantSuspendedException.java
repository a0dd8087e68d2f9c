package app.communityops.security;

import java.io.Serial;
import org.springframework.security.authentication.AccountStatusException;

/** Sign-in refused because the account's organisation is suspended by the platform. */
public class TenantSuspendedException extends AccountStatusException {

    @Serial
    private static final long serialVersionUID = 1L;

    public TenantSuspendedException() {
        super("Tenant suspended");
    }
}
