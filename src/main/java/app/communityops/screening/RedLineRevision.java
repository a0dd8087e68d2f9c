package app.communityops.screening;

import app.communityops.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One saved state of a red line, so the rulebook can show how a line read before it was reworded. */
@Entity
@Table(name = "red_line_revision")
class RedLineRevision extends TenantOwnedEntity {

    @Column(name = "red_line_id", nullable = false, updatable = false)
    private UUID redLineId = new UUID(0, 0);

    @Column(nullable = false, updatable = false)
    private String text = "";

    @Column(nullable = false, updatable = false)
    private boolean active;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt = Instant.EPOCH;

    @Column(name = "changed_by", updatable = false)
    private @Nullable UUID changedBy;

    @Column(name = "changed_by_name", updatable = false)
    private @Nullable String changedByName;

    protected RedLineRevision() {
    }

    RedLineRevision(RedLine line, Instant changedAt, UUID changedBy, String changedByName) {
        this.redLineId = line.getId();
        this.text = line.getText();
        this.active = line.isActive();
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.changedByName = changedByName;
    }

    RedLineChange toChange() {
        return new RedLineChange(text, active, changedAt, changedBy, changedByName);
    }
}
