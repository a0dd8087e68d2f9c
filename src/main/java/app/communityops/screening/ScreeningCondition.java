package app.communityops.screening;

import app.communityops.shared.Audited;
import app.communityops.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A checkable condition of a community's condition review. */
@Entity
@Table(name = "screening_condition")
@Audited
class ScreeningCondition extends TenantOwnedEntity {

    @Column(name = "community_id", nullable = false, updatable = false)
    private UUID communityId = new UUID(0, 0);

    @Column(nullable = false)
    private String label = "";

    @Column(nullable = false)
    private int position;

    protected ScreeningCondition() {
    }

    ScreeningCondition(UUID communityId, String label, int position) {
        this.communityId = communityId;
        update(label, position);
    }

    void update(String newLabel, int newPosition) {
        this.label = newLabel.strip();
        this.position = newPosition;
    }

    ConditionDetails toDetails() {
        return new ConditionDetails(getId(), label, position);
    }
}
