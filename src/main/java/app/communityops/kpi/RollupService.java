package app.communityops.kpi;

import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import app.communityops.shared.TenantContext;
import app.communityops.tenancy.TenantDirectory;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rollups on demand: a tenant admin rebuilds them all from the events (the job keeps them current). */
@Service
public class RollupService {

    private final Rollups rollups;
    private final TenantDirectory tenants;
    private final Clock clock;

    RollupService(Rollups rollups, TenantDirectory tenants, Clock clock) {
        this.rollups = rollups;
        this.tenants = tenants;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.TENANT_ADMIN + "')")
    public RollupResult rebuild() {
        return rollups.rebuild(tenants.zone(TenantContext.current().orElseThrow(NotFoundException::new)),
                clock.instant());
    }
}
