package app.communityops.tenancy;

import app.communityops.shared.Audited;
import app.communityops.shared.Uuids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An organisation using the installation. Platform-level: the tenant row itself is not tenant-owned. */
@Entity
@Table(name = "tenant")
@Audited
class Tenant {

    /** Most tenants run Chinese communities; a platform admin changes it for others. */
    static final String DEFAULT_TIME_ZONE = "Asia/Shanghai";


    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TenantStatus status = TenantStatus.ACTIVE;

    @Column(name = "suspended_reason")
    private @Nullable String suspendedReason;

    @Column(name = "max_communities", nullable = false)
    private int maxCommunities;

    @Column(name = "max_members", nullable = false)
    private int maxMembers;

    @Column(name = "max_staff_seats", nullable = false)
    private int maxStaffSeats;

    @Column(name = "time_zone", nullable = false)
    private String timeZone = DEFAULT_TIME_ZONE;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Version
    private @Nullable Long version;

    protected Tenant() {
        this.id = Uuids.v7();
        this.name = "";
    }

    Tenant(UUID id, String name, PlanLimits limits) {
        this.id = id;
        this.name = name;
        setLimits(limits);
    }

    UUID getId() {
        return id;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    TenantStatus getStatus() {
        return status;
    }

    @Nullable String getSuspendedReason() {
        return suspendedReason;
    }

    void suspend(String reason) {
        this.status = TenantStatus.SUSPENDED;
        this.suspendedReason = reason;
    }

    void reactivate() {
        this.status = TenantStatus.ACTIVE;
        this.suspendedReason = null;
    }

    PlanLimits getLimits() {
        return new PlanLimits(maxCommunities, maxMembers, maxStaffSeats);
    }

    void setLimits(PlanLimits limits) {
        this.maxCommunities = limits.maxCommunities();
        this.maxMembers = limits.maxMembers();
        this.maxStaffSeats = limits.maxStaffSeats();
    }

    ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    void setTimeZone(ZoneId zone) {
        this.timeZone = zone.getId();
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    long getVersion() {
        return version == null ? 0 : version;
    }

    TenantSummary toSummary() {
        return new TenantSummary(id, name, status, suspendedReason, getLimits(), getTimeZone(), createdAt, getVersion());
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Tenant that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
