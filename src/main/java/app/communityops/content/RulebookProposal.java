package app.communityops.content;

import app.communityops.shared.Audited;
import app.communityops.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A rulebook change waiting for approval; it reaches the rulebook only on the final approval. */
@Entity
@Table(name = "rulebook_proposal")
@Audited
class RulebookProposal extends TenantOwnedEntity {

    enum Action { ADD, UPDATE, REMOVE }

    enum Status { PENDING, APPLIED, CHANGES_REQUESTED, WITHDRAWN }

    @Column(name = "community_id", nullable = false, updatable = false)
    private UUID communityId = new UUID(0, 0);

    @Column(name = "item_id", updatable = false)
    private @Nullable UUID itemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RulebookKind kind = RulebookKind.SLOGAN;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Action action = Action.ADD;

    @Column(name = "before_text", updatable = false)
    private @Nullable String beforeText;

    @Column(nullable = false, updatable = false)
    private String text = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PENDING;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    private UUID proposedBy = new UUID(0, 0);

    @Column(name = "proposed_by_name", nullable = false, updatable = false)
    private String proposedByName = "";

    private @Nullable String comment;

    protected RulebookProposal() {
    }

    RulebookProposal(UUID communityId, @Nullable RulebookItem item, RulebookKind kind, Action action, String text,
                     UUID by, String byName) {
        this.communityId = communityId;
        this.itemId = item == null ? null : item.getId();
        this.beforeText = item == null ? null : item.getText();
        this.kind = kind;
        this.action = action;
        this.text = text;
        this.proposedBy = by;
        this.proposedByName = byName;
    }

    void decide(Status newStatus, @Nullable String newComment) {
        this.status = newStatus;
        this.comment = newComment;
    }

    UUID getCommunityId() {
        return communityId;
    }

    @Nullable UUID getItemId() {
        return itemId;
    }

    RulebookKind getKind() {
        return kind;
    }

    Action getAction() {
        return action;
    }

    @Nullable String getBeforeText() {
        return beforeText;
    }

    String getText() {
        return text;
    }

    Status getStatus() {
        return status;
    }

    UUID getProposedBy() {
        return proposedBy;
    }

    String getProposedByName() {
        return proposedByName;
    }

    RulebookProposalDetails toDetails(@Nullable UUID requestId) {
        return new RulebookProposalDetails(getId(), communityId, itemId, kind, action.name(), beforeText, text,
                status.name(), proposedByName, getCreatedAt(), comment, requestId,
                Objects.requireNonNullElse(getVersion(), 0L));
    }
}
