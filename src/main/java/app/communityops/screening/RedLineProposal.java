package app.communityops.screening;

import app.communityops.approval.ChangePreview;
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

/** A red line change waiting for approval; it reaches the red lines only on the final approval. */
@Entity
@Table(name = "red_line_proposal")
@Audited
class RedLineProposal extends TenantOwnedEntity {

    enum Action { ADD, REWORD, DEACTIVATE, REACTIVATE }

    enum Status { PENDING, APPLIED, CHANGES_REQUESTED, WITHDRAWN }

    @Column(name = "community_id", nullable = false, updatable = false)
    private UUID communityId = new UUID(0, 0);

    @Column(name = "red_line_id", updatable = false)
    private @Nullable UUID redLineId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Action action = Action.ADD;

    @Column(name = "before_text", updatable = false)
    private @Nullable String beforeText;

    @Column(name = "before_active", updatable = false)
    private @Nullable Boolean beforeActive;

    @Column(nullable = false, updatable = false)
    private String text = "";

    @Column(nullable = false, updatable = false)
    private boolean active = true;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PENDING;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    private UUID proposedBy = new UUID(0, 0);

    @Column(name = "proposed_by_name", nullable = false, updatable = false)
    private String proposedByName = "";

    private @Nullable String comment;

    protected RedLineProposal() {
    }

    /** {@code line} null for a new line; {@code text} and {@code active} say how the line reads once applied. */
    RedLineProposal(UUID communityId, @Nullable RedLine line, Action action, String text, boolean active, UUID by,
                    String byName) {
        this.communityId = communityId;
        this.redLineId = line == null ? null : line.getId();
        this.beforeText = line == null ? null : line.getText();
        this.beforeActive = line == null ? null : line.isActive();
        this.action = action;
        this.text = text;
        this.active = active;
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

    @Nullable UUID getRedLineId() {
        return redLineId;
    }

    Action getAction() {
        return action;
    }

    String getText() {
        return text;
    }

    boolean isActive() {
        return active;
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

    /**
     * The line as it reads now, struck out when the change takes it away or rewords it, and as it will read,
     * highlighted when the change brings it in or rewords it (a line switched off only goes; switched on only comes).
     */
    String preview() {
        boolean wasApplying = Boolean.TRUE.equals(beforeActive);
        String before = beforeText != null && (wasApplying || action == Action.REWORD) ? beforeText : null;
        String after = active || action == Action.REWORD ? text : null;
        return ChangePreview.html("red-line-change", before, after);
    }

    RedLineProposalDetails toDetails(@Nullable UUID requestId) {
        return new RedLineProposalDetails(getId(), communityId, redLineId, action.name(), beforeText, text, active,
                status.name(), proposedByName, getCreatedAt(), comment, requestId,
                Objects.requireNonNullElse(getVersion(), 0L));
    }
}
