package app.communityops.tenancy;

import app.communityops.shared.Access;
import app.communityops.shared.AccessWithdrawn;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Platform administration of tenants. Changes to one tenant are made inside {@link PlatformAccess}, so they run
 * in that tenant's context and leave an entry in that tenant's audit log.
 */
@Service
@PreAuthorize(Access.PLATFORM_ADMIN)
public class TenantService {

    private final TenantRepository tenants;
    private final PlatformAccess platformAccess;
    private final ApplicationEventPublisher events;
    private final TenantZone zones;

    TenantService(TenantRepository tenants, PlatformAccess platformAccess, ApplicationEventPublisher events,
            TenantZone zones) {
        this.tenants = tenants;
        this.platformAccess = platformAccess;
        this.events = events;
        this.zones = zones;
    }

    @Transactional(readOnly = true)
    public List<TenantSummary> list() {
        return tenants.findAllByOrderByNameAsc().stream().map(Tenant::toSummary).toList();
    }

    /** Creates the tenant row; the caller runs this inside {@link PlatformAccess#inTenant} for the new id. */
    @Transactional
    public TenantSummary create(UUID id, String name, PlanLimits limits) {
        String trimmed = name.strip();
        requireUniqueName(trimmed, id);
        return tenants.saveAndFlush(new Tenant(id, trimmed, limits)).toSummary();
    }

    public TenantSummary rename(UUID id, long expectedVersion, String name) {
        return change(id, expectedVersion, "rename", tenant -> {
            String trimmed = name.strip();
            requireUniqueName(trimmed, id);
            tenant.setName(trimmed);
        });
    }

    public TenantSummary updateLimits(UUID id, long expectedVersion, PlanLimits limits) {
        return change(id, expectedVersion, "limits", tenant -> tenant.setLimits(limits));
    }

    /** Activities and schedules are entered and shown in the tenant's own zone. */
    public TenantSummary changeTimeZone(UUID id, long expectedVersion, ZoneId zone) {
        TenantSummary changed = change(id, expectedVersion, "timeZone", tenant -> tenant.setTimeZone(zone));
        zones.forget(id);
        return changed;
    }

    public TenantSummary suspend(UUID id, long expectedVersion, String reason) {
        // Everyone of the tenant is signed out in the same transaction (docs/decisions/0023-signed-in-sessions.md).
        return change(id, expectedVersion, "suspend", tenant -> {
            tenant.suspend(reason.strip());
            events.publishEvent(AccessWithdrawn.tenant(id, "TENANT_SUSPENDED"));
        });
    }

    public TenantSummary reactivate(UUID id, long expectedVersion) {
        return change(id, expectedVersion, "reactivate", Tenant::reactivate);
    }

    private TenantSummary change(UUID id, long expectedVersion, String purpose, java.util.function.Consumer<Tenant> edit) {
        return platformAccess.inTenant(id, "tenant." + purpose, () -> {
            Tenant tenant = tenants.findById(id).orElseThrow(NotFoundException::new);
            if (tenant.getVersion() != expectedVersion) {
                throw new ConcurrentEditException();
            }
            edit.accept(tenant);
            return tenants.saveAndFlush(tenant).toSummary();
        });
    }

    private void requireUniqueName(String name, UUID id) {
        if (tenants.nameTaken(name, id)) {
            throw new UserFacingException("tenant.error.nameTaken", "name");
        }
    }
}
