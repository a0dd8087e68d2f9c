package app.communityops.content;

import app.communityops.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One move of a content item between statuses: who, when, from and to. Never changed once written. */
@Entity
@Table(name = "content_transition")
class ContentTransition extends TenantOwnedEntity {

    @Column(name = "content_id", nullable = false, updatable = false)
    private UUID contentId = new UUID(0, 0);

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private @Nullable ContentStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private ContentStatus toStatus = ContentStatus.IDEA;

    @Column(name = "actor_id", nullable = false, updatable = false)
    private UUID actorId = new UUID(0, 0);

    @Column(name = "actor_name", nullable = false, updatable = false)
    private String actorName = "";

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt = Instant.EPOCH;

    protected ContentTransition() {
    }

    ContentTransition(UUID contentId, @Nullable ContentStatus fromStatus, ContentStatus toStatus, UUID actorId,
                      String actorName, Instant occurredAt) {
        this.contentId = contentId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actorId = actorId;
        this.actorName = actorName;
        this.occurredAt = occurredAt;
    }

    TransitionDetails toDetails() {
        return new TransitionDetails(fromStatus, toStatus, actorName, occurredAt);
    }
}
