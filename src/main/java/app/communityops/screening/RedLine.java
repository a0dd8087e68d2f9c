package app.communityops.screening;

import app.communityops.shared.Audited;
import app.communityops.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;

/** A line a member must not cross; deactivated rather than deleted, because past warnings cite it. */
@Entity
@Table(name = "red_line")
@Audited
class RedLine extends TenantOwnedEntity {

    @Column(name = "community_id", nullable = false, updatable = false)
    private UUID communityId = new UUID(0, 0);

    @Column(nullable = false)
    private String text = "";

    @Column(nullable = false)
    private boolean active = true;

    protected RedLine() {
    }

    RedLine(UUID communityId, String text) {
        this.communityId = communityId;
        this.text = text;
    }

    void setText(String text) {
        this.text = text;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    UUID getCommunityId() {
        return communityId;
    }

    String getText() {
        return text;
    }

    boolean isActive() {
        return active;
    }

    RedLineDetails toDetails() {
        return new RedLineDetails(getId(), communityId, text, active, Objects.requireNonNullElse(getVersion(), 0L));
    }
}
