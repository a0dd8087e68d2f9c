package app.communityops.content;

import app.communityops.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One saved state of a rulebook item; written on every save, never changed. */
@Entity
@Table(name = "rulebook_item_revision")
class RulebookRevision extends TenantOwnedEntity {

    @Column(name = "item_id", nullable = false, updatable = false)
    private UUID itemId = new UUID(0, 0);

    @Column(nullable = false, updatable = false)
    private String text = "";

    @Column(nullable = false, updatable = false)
    private boolean active;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt = Instant.EPOCH;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private UUID changedBy = new UUID(0, 0);

    @Column(name = "changed_by_name", nullable = false, updatable = false)
    private String changedByName = "";

    protected RulebookRevision() {
    }

    RulebookRevision(RulebookItem item) {
        this.itemId = item.getId();
        this.text = item.getText();
        this.active = item.isActive();
        this.changedAt = item.getChangedAt();
        this.changedBy = item.getChangedBy();
        this.changedByName = item.getChangedByName();
    }

    RulebookChange toChange() {
        return new RulebookChange(text, active, changedAt, changedByName);
    }
}
