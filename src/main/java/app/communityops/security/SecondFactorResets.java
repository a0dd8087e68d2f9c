package app.communityops.security;

import app.communityops.security.mfa.SecondFactorService;
import app.communityops.shared.Access;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Two-factor resets as other features ask for them: the platform admin's reset of a tenant admin. */
@Service
public class SecondFactorResets {

    private final SecondFactorService secondFactors;

    SecondFactorResets(SecondFactorService secondFactors) {
        this.secondFactors = secondFactors;
    }

    /** Runs inside {@code PlatformAccess}, which names the tenant; other accounts than admins answer not found. */
    @Transactional
    @PreAuthorize(Access.PLATFORM_ADMIN)
    public void resetTenantAdmin(UUID userId) {
        secondFactors.resetTenantAdmin(userId);
    }
}
