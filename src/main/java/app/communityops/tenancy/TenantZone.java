package app.communityops.tenancy;

import app.communityops.shared.Access;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.TenantContext;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The zone in which the current tenant's staff plan and read times: the one place every screen, import, export and
 * figure asks, so a date on one page is the same day on every other. Open to any caller, as {@link TenantDirectory}
 * is: a zone is no business data.
 *
 * <p>Every page and every figure asks, so the answer is kept per tenant for a while
 * ({@code communityops.tenancy.zone-cache-ttl}, five minutes by default) and forgotten at once when the platform
 * admin changes it through {@link TenantService}. Each node keeps its own; a change made on another node is seen
 * here when the entry expires.
 */
@Service
@PreAuthorize(Access.ANYONE)
public class TenantZone {

    private final TenantDirectory directory;
    /** None when the time to live is zero (a test or benchmark that edits the tenant row itself). */
    private final @Nullable Cache<UUID, ZoneId> zones;

    TenantZone(TenantDirectory directory, @Value("${communityops.tenancy.zone-cache-ttl:5m}") Duration timeToLive) {
        this.directory = directory;
        this.zones = timeToLive.isZero() ? null
                : Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(10_000).build();
    }

    /** The zone of the tenant the current unit of work belongs to; not found outside any tenant. */
    public ZoneId current() {
        return of(TenantContext.current().orElseThrow(NotFoundException::new));
    }

    public ZoneId of(UUID tenantId) {
        return zones == null ? directory.zone(tenantId) : zones.get(tenantId, directory::zone);
    }

    /** Called after the tenant's zone changed, so the next reader sees the new one. */
    void forget(UUID tenantId) {
        if (zones != null) {
            zones.invalidate(tenantId);
        }
    }
}
