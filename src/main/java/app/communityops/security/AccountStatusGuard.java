package app.communityops.security;

import app.communityops.shared.Access;
import app.communityops.shared.AppPrincipal;
import app.communityops.tenancy.TenantDirectory;
import app.communityops.tenancy.TenantSummary;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-checks, on every navigation, that a signed-in user may still work: suspending a tenant or disabling an
 * account takes effect on open sessions too, not only at the next sign-in.
 */
@Service
public class AccountStatusGuard {

    private final SignInLookup lookup;
    private final TenantDirectory tenants;

    AccountStatusGuard(SignInLookup lookup, TenantDirectory tenants) {
        this.lookup = lookup;
        this.tenants = tenants;
    }

    @Transactional(readOnly = true)
    // Also asked between the password and the second factor: a stopped account must not reach the code step.
    @PreAuthorize(Access.PASSWORD_CHECKED)
    public boolean mayContinue(AppPrincipal user) {
        boolean enabled = lookup.find(user.email())
                .filter(found -> found.principal().userId().equals(user.userId()))
                .map(SignInLookup.Found::enabled).orElse(false);
        UUID tenantId = user.tenantId();
        return enabled && (tenantId == null || tenants.find(tenantId).map(TenantSummary::active).orElse(false));
    }
}
