package app.communityops.screening;

import app.communityops.shared.Audited;
import app.communityops.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An invitation code of one community. Uses are counted by a single conditional UPDATE when a code is redeemed
 * ({@link CodeRedemption}), never through this entity, so concurrent applications cannot overdraw the quota.
 */
@Entity
@Table(name = "invitation_code")
@Audited
class InvitationCode extends TenantOwnedEntity {

    @Column(name = "community_id", nullable = false, updatable = false)
    private UUID communityId = new UUID(0, 0);

    @Column(nullable = false, updatable = false)
    private String code = "";

    @Column(nullable = false)
    private int quota;

    @Column(nullable = false, updatable = false)
    private int uses;

    @Column(name = "expires_at")
    private @Nullable Instant expiresAt;

    @Column(name = "owner_user_id")
    private @Nullable UUID ownerUserId;

    @Column(name = "owner_member_id")
    private @Nullable UUID ownerMemberId;

    protected InvitationCode() {
    }

    InvitationCode(UUID communityId, String code, int quota, @Nullable Instant expiresAt, @Nullable UUID ownerUserId,
                   @Nullable UUID ownerMemberId) {
        this.communityId = communityId;
        this.code = code;
        this.quota = quota;
        this.expiresAt = expiresAt;
        this.ownerUserId = ownerUserId;
        this.ownerMemberId = ownerMemberId;
    }

    String getCode() {
        return code;
    }
}
