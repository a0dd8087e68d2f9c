package app.communityops.content;

import app.communityops.shared.Audited;
import app.communityops.shared.TenantOwnedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One item of a community's rulebook in its current state; its earlier states are {@link RulebookRevision}s. */
@Entity
@Table(name = "rulebook_item")
@Audited(masked = "image")
class RulebookItem extends TenantOwnedEntity {

    @Column(name = "community_id", nullable = false, updatable = false)
    private UUID communityId = new UUID(0, 0);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RulebookKind kind = RulebookKind.SLOGAN;

    @Column(nullable = false)
    private String text = "";

    // Loaded only when the logo is served, not with every rulebook listing.
    @Basic(fetch = FetchType.LAZY)
    private byte @Nullable [] image;

    @Column(name = "image_type")
    private @Nullable String imageType;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt = Instant.EPOCH;

    @Column(name = "changed_by", nullable = false)
    private UUID changedBy = new UUID(0, 0);

    @Column(name = "changed_by_name", nullable = false)
    private String changedByName = "";

    protected RulebookItem() {
    }

    RulebookItem(UUID communityId, RulebookKind kind) {
        this.communityId = communityId;
        this.kind = kind;
    }

    void change(String newText, boolean newActive, Instant at, UUID by, String byName) {
        this.text = newText;
        this.active = newActive;
        this.changedAt = at;
        this.changedBy = by;
        this.changedByName = byName;
    }

    void setImage(byte[] bytes, String type) {
        this.image = bytes.clone();
        this.imageType = type;
    }

    UUID getCommunityId() {
        return communityId;
    }

    RulebookKind getKind() {
        return kind;
    }

    String getText() {
        return text;
    }

    boolean isActive() {
        return active;
    }

    Instant getChangedAt() {
        return changedAt;
    }

    UUID getChangedBy() {
        return changedBy;
    }

    String getChangedByName() {
        return changedByName;
    }

    @Nullable LogoImage logo() {
        byte[] bytes = image;
        return bytes == null || imageType == null ? null : new LogoImage(bytes.clone(), imageType);
    }

    RulebookItemDetails toDetails() {
        return new RulebookItemDetails(getId(), communityId, kind, text, active, changedAt, changedByName,
                Objects.requireNonNullElse(getVersion(), 0L));
    }
}
