package app.communityops.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Base of every tenant-owned entity: a UUID v7 id assigned on construction (so equality works before the row
 * exists), the tenant column Hibernate fills and filters, and a version for optimistic locking.
 */
@MappedSuperclass
public abstract class TenantOwnedEntity {

    @Id
    private UUID id = Uuids.v7();

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private @Nullable UUID tenantId;

    @Version
    private @Nullable Long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    public UUID getId() {
        return id;
    }

    public @Nullable UUID getTenantId() {
        return tenantId;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public final boolean equals(Object other) {
        return this == other || other instanceof TenantOwnedEntity that && getClass() == that.getClass()
                && id.equals(that.id);
    }

    @Override
    public final int hashCode() {
        return id.hashCode();
    }
}
