package app.communityops.screening;

import app.communityops.shared.Audited;
import app.communityops.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

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

    @Column(name = "min_attended")
    private @Nullable Integer minAttended;

    @Column(name = "attended_type_id")
    private @Nullable UUID attendedTypeId;

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

    void countAttendance(@Nullable Integer min, @Nullable UUID typeId) {
        this.minAttended = min;
        this.attendedTypeId = min == null ? null : typeId;
    }

    ConditionDetails toDetails() {
        return new ConditionDetails(getId(), label, position, minAttended, attendedTypeId);
    }
}
