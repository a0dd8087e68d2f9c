package app.communityops.security.mfa;

import app.communityops.shared.AppPrincipal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Which account: a tenant's (with its tenant) or a platform admin's (no tenant). */
record AccountRef(UUID userId, @Nullable UUID tenantId) {

    static AccountRef of(AppPrincipal principal) {
        return new AccountRef(principal.userId(), principal.tenantId());
    }

    boolean platformAdmin() {
        return tenantId == null;
    }
}
