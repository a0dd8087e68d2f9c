package app.communityops.tenancy;

import app.communityops.shared.Access;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only facts about one tenant (name, status, plan) for other features. Open to any caller on purpose:
 * sign-in must learn whether an account's tenant is suspended before anyone is authenticated, and the answer
 * holds no business data.
 */
@Service
@PreAuthorize(Access.ANYONE)
public class TenantDirectory {

    private final TenantRepository tenants;

    TenantDirectory(TenantRepository tenants) {
        this.tenants = tenants;
    }

    @Transactional(readOnly = true)
    public Optional<TenantSummary> find(UUID tenantId) {
        return tenants.findById(tenantId).map(Tenant::toSummary);
    }

    @Transactional(readOnly = true)
    public TenantSummary require(UUID tenantId) {
        return find(tenantId).orElseThrow(() -> new IllegalStateException("Unknown tenant " + tenantId));
    }

    /** The zone in which the tenant's staff plan and read times. */
    @Transactional(readOnly = true)
    public ZoneId zone(UUID tenantId) {
        return require(tenantId).timeZone();
    }
}
