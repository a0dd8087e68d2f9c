package app.communityops.security;

import app.communityops.shared.AppUserDetails;
import app.communityops.tenancy.TenantDirectory;
import app.communityops.tenancy.TenantSummary;
import java.util.UUID;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Finds the account for a sign-in. Account and tenant status are checked only after the password matched
 * ({@link #afterPasswordCheck}), so a wrong password gets the same answer whether the email exists, is
 * disabled or belongs to a suspended tenant.
 */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final SignInLookup lookup;
    private final TenantDirectory tenants;

    AccountUserDetailsService(SignInLookup lookup, TenantDirectory tenants) {
        this.lookup = lookup;
        this.tenants = tenants;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return lookup.find(email)
                .map(found -> new AppUserDetails(found.principal(), found.passwordHash(), found.enabled()))
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
    }

    UserDetailsChecker afterPasswordCheck() {
        return details -> {
            if (!details.isEnabled()) {
                throw new DisabledException("Account disabled");
            }
            UUID tenantId = ((AppUserDetails) details).principal().tenantId();
            if (tenantId != null && !tenants.find(tenantId).map(TenantSummary::active).orElse(false)) {
                throw new TenantSuspendedException();
            }
        };
    }
}
