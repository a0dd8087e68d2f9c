package app.communityops.api;

import app.communityops.shared.Audited;
import app.communityops.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "api_key")
@Audited(masked = "secretHash")
class ApiKey extends TenantOwnedEntity {

    @Column(nullable = false)
    private String name = "";

    @Column(name = "secret_hash", nullable = false)
    private byte[] secretHash = new byte[0];

    @Column(nullable = false)
    private String hint = "";

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private String[] scopes = new String[0];

    @Column(name = "community_id")
    private @Nullable UUID communityId;

    @Column(name = "create_members", nullable = false)
    private boolean createMembers;

    @Column(name = "expires_at")
    private @Nullable Instant expiresAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    @Column(name = "created_by")
    private @Nullable UUID createdBy;

    protected ApiKey() {
    }

    ApiKey(ApiKeyForm form, byte[] secretHash, String hint, @Nullable Instant expiresAt, UUID createdBy) {
        this.name = form.getName().strip();
        this.secretHash = secretHash.clone();
        this.hint = hint;
        this.scopes = form.getScopes().stream().map(ApiScope::wireName).sorted().toArray(String[]::new);
        this.communityId = form.getCommunityId();
        this.createMembers = form.isCreateMembers();
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    ApiKeySummary toSummary() {
        return new ApiKeySummary(getId(), name, hint, scopes(scopes), communityId, createMembers, expiresAt, revokedAt,
                lastUsedAt, getCreatedAt(), getVersion() == null ? 0 : getVersion());
    }

    static Set<ApiScope> scopes(String[] names) {
        Set<ApiScope> set = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(names).map(ApiScope::fromWire).flatMap(java.util.Optional::stream).forEach(set::add);
        return set;
    }
}
