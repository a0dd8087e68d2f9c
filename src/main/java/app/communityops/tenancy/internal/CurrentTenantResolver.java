package app.communityops.tenancy.internal;

import app.communityops.shared.TenantContext;
import java.util.UUID;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Hibernate's half of tenant isolation: fills and filters every {@code @TenantId} column with the tenant of the
 * signed-in user (or of an explicit {@link TenantContext#callAs} path). Without one, it answers an id that no
 * tenant has, so queries find nothing rather than everything.
 */
class CurrentTenantResolver implements CurrentTenantIdentifierResolver<UUID> {

    static final UUID NO_TENANT = new UUID(0L, 0L);

    @Override
    public UUID resolveCurrentTenantIdentifier() {
        return TenantContext.current().orElse(NO_TENANT);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }
}
