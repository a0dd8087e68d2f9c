package app.communityops.members;

import app.communityops.shared.Audited;
import app.communityops.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A suggestion that a record created by someone who could not see the other person is that person: open until a
 * tenant admin merges the two (the suggestion goes with the merged record) or dismisses it.
 */
@Entity
@Table(name = "member_match")
@Audited
class MemberMatch extends TenantOwnedEntity {

    enum Status { OPEN, DISMISSED }

    @Column(name = "member_id", nullable = false)
    private UUID memberId = new UUID(0, 0);

    @Column(name = "match_id", nullable = false)
    private UUID matchId = new UUID(0, 0);

    @Column(name = "community_id", nullable = false)
    private UUID communityId = new UUID(0, 0);

    @Enumerated(EnumType.STRING)
    @Column(name = "matched_on", nullable = false)
    private MatchedOn matchedOn = MatchedOn.HANDLE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MatchSource source = MatchSource.CONSOLE;

    @Column(name = "created_by")
    private @Nullable UUID createdBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.OPEN;

    @Column(name = "decided_by")
    private @Nullable UUID decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    protected MemberMatch() {
    }

    MemberMatch(UUID memberId, UUID matchId, UUID communityId, MatchedOn matchedOn, MatchSource source,
                @Nullable UUID createdBy) {
        this.memberId = memberId;
        this.matchId = matchId;
        this.communityId = communityId;
        this.matchedOn = matchedOn;
        this.source = source;
        this.createdBy = createdBy;
    }

    void dismiss(UUID by, Instant at) {
        this.status = Status.DISMISSED;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    UUID getMemberId() {
        return memberId;
    }

    UUID getMatchId() {
        return matchId;
    }

    UUID getCommunityId() {
        return communityId;
    }

    MatchedOn getMatchedOn() {
        return matchedOn;
    }

    MatchSource getSource() {
        return source;
    }

    @Nullable UUID getCreatedBy() {
        return createdBy;
    }

    Status getStatus() {
        return status;
    }
}
