package app.communityops.security;

import app.communityops.shared.Access;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether the signed-in user still signs in with a password handed over by configuration (the bootstrap platform
 * admin, ADR 0026) and so must set their own before doing anything else. Setting it ends the state
 * ({@link AccountService#changePlatformAdminPassword}).
 */
@Service
public class InitialPassword {

    private final PlatformAdminAccounts platformAdmins;

    InitialPassword(PlatformAdminAccounts platformAdmins) {
        this.platformAdmins = platformAdmins;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.SIGNED_IN)
    public boolean mustBeChanged() {
        return CurrentUser.get().filter(user -> user.hasRole(Roles.PLATFORM_ADMIN))
                .map(user -> platformAdmins.mustChangePassword(user.userId())).orElse(false);
    }
}
