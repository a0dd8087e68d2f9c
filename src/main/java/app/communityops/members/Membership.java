package app.communityops.members;

import app.communityops.shared.Audited;
import app.communityops.shared.TenantOwnedEntity;
import app.communityops.shared.MessageKey;
import app.communityops.shared.UserFacingException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A member's place in one community. Carries a copy of the member's grid fields (name, handle, channel, tier,
 * tags) so the members grid filters and sorts on this one table; {@link MemberService} keeps the copy in step.
 * Status changes go through the methods below, which refuse transitions the lifecycle does not allow.
 */
@Entity
@Table(name = "membership")
@Audited
class Membership extends TenantOwnedEntity {

    @Column(name = "community_id", nullable = false, updatable = false)
    private UUID communityId = new UUID(0, 0);

    @Column(name = "member_id", nullable = false, updatable = false)
    private UUID memberId = new UUID(0, 0);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MembershipStatus status = MembershipStatus.APPLIED;

    @Column(name = "member_name", nullable = false)
    private String memberName = "";

    @Column(name = "member_handle", nullable = false)
    private String memberHandle = "";

    @Column(name = "channel_id")
    private @Nullable UUID channelId;

    @Column(name = "tier_id")
    private @Nullable UUID tierId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private String[] tags = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private String[] mechanisms = new String[0];

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt = Instant.now();

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "decided_by")
    private @Nullable UUID decidedBy;

    @Column(name = "decision_reason")
    private @Nullable String decisionReason;

    @Column(name = "joined_at")
    private @Nullable Instant joinedAt;

    @Column(name = "left_at")
    private @Nullable Instant leftAt;

    @Column(nullable = false)
    private int level = 1;

    @Column(name = "last_active_at")
    private @Nullable Instant lastActiveAt;

    @Column(name = "warning_count", nullable = false)
    private int warningCount;

    @Column(name = "payment_reference")
    private @Nullable String paymentReference;

    @Column(name = "invitation_code_id")
    private @Nullable UUID invitationCodeId;

    private @Nullable String answers;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "checked_condition_ids", nullable = false)
    private UUID[] checkedConditionIds = new UUID[0];

    // Kept as JSON text: Hibernate's JSON mapping needs a Jackson 2 format mapper, and the application has Jackson 3.
    @ColumnTransformer(write = "cast(? as jsonb)")
    @Column(nullable = false, columnDefinition = "jsonb")
    private String screening = "{}";

    protected Membership() {
    }

    Membership(UUID communityId, Member member, Instant appliedAt) {
        this.communityId = communityId;
        this.memberId = member.getId();
        this.appliedAt = appliedAt;
        copyFrom(member);
    }

    /** Keeps the grid copy of the member's fields in step with the member. */
    void copyFrom(Member member) {
        this.memberName = member.getName();
        this.memberHandle = member.getHandle();
        this.channelId = member.getChannelId();
        this.tierId = member.getTierId();
        this.tags = member.getTags().toArray(String[]::new);
    }

    void recordEvidence(ApplicationEvidence evidence, Set<String> applied, String screeningJson) {
        requireStatus(EnumSet.of(MembershipStatus.APPLIED, MembershipStatus.PENDING_REVIEW));
        this.paymentReference = evidence.paymentReference();
        this.invitationCodeId = evidence.invitationCodeId();
        this.answers = evidence.answers();
        this.checkedConditionIds = evidence.checkedConditionIds().toArray(UUID[]::new);
        this.mechanisms = applied.toArray(String[]::new);
        this.screening = screeningJson;
    }

    void awaitReview() {
        requireStatus(EnumSet.of(MembershipStatus.APPLIED, MembershipStatus.PENDING_REVIEW));
        this.status = MembershipStatus.PENDING_REVIEW;
    }

    void approve(@Nullable UUID by, @Nullable String reason, Instant at) {
        requireStatus(EnumSet.of(MembershipStatus.APPLIED, MembershipStatus.PENDING_REVIEW));
        decide(MembershipStatus.APPROVED, by, reason, at);
    }

    void reject(@Nullable UUID by, String reason, Instant at) {
        requireStatus(EnumSet.of(MembershipStatus.APPLIED, MembershipStatus.PENDING_REVIEW));
        decide(MembershipStatus.REJECTED, by, reason, at);
    }

    void join(Instant at) {
        requireStatus(EnumSet.of(MembershipStatus.APPROVED));
        this.status = MembershipStatus.JOINED;
        this.joinedAt = at;
        this.lastActiveAt = at;
    }

    void warn() {
        requireStatus(EnumSet.of(MembershipStatus.JOINED));
        this.warningCount++;
    }

    void eliminate(Instant at) {
        requireStatus(EnumSet.of(MembershipStatus.JOINED, MembershipStatus.APPROVED));
        this.status = MembershipStatus.ELIMINATED;
        this.leftAt = at;
    }

    void leave(Instant at) {
        requireStatus(EnumSet.of(MembershipStatus.JOINED, MembershipStatus.APPROVED));
        this.status = MembershipStatus.LEFT;
        this.leftAt = at;
    }

    /** Re-admission goes through screening again: the old history stays, the application starts afresh. */
    void reapply(Instant at) {
        requireStatus(EnumSet.of(MembershipStatus.REJECTED, MembershipStatus.ELIMINATED, MembershipStatus.LEFT));
        this.status = MembershipStatus.APPLIED;
        this.appliedAt = at;
        this.decidedAt = null;
        this.decidedBy = null;
        this.decisionReason = null;
        this.joinedAt = null;
        this.leftAt = null;
        this.warningCount = 0;
        this.paymentReference = null;
        this.invitationCodeId = null;
        this.answers = null;
        this.checkedConditionIds = new UUID[0];
        this.screening = "{}";
    }

    void recordActivity(Instant at) {
        if (lastActiveAt == null || at.isAfter(lastActiveAt)) {
            this.lastActiveAt = at;
        }
    }

    private void decide(MembershipStatus outcome, @Nullable UUID by, @Nullable String reason, Instant at) {
        this.status = outcome;
        this.decidedBy = by;
        this.decisionReason = reason;
        this.decidedAt = at;
    }

    private void requireStatus(Set<MembershipStatus> allowed) {
        if (!allowed.contains(status)) {
            throw new UserFacingException("membership.error.transition", null,
                    new MessageKey("membership.status." + status.name()));
        }
    }

    UUID getCommunityId() {
        return communityId;
    }

    UUID getMemberId() {
        return memberId;
    }

    MembershipStatus getStatus() {
        return status;
    }

    String getMemberName() {
        return memberName;
    }

    int getWarningCount() {
        return warningCount;
    }

    @Nullable UUID getInvitationCodeId() {
        return invitationCodeId;
    }

    MembershipSummary toSummary() {
        return new MembershipSummary(getId(), communityId, memberId, status, memberName, memberHandle, channelId,
                tierId, new LinkedHashSet<>(List.of(tags)),
                new LinkedHashSet<>(List.of(mechanisms)),
                appliedAt, decidedAt, decisionReason, joinedAt, leftAt, level, lastActiveAt, warningCount,
                paymentReference, invitationCodeId, answers, Set.of(checkedConditionIds), screening,
                getVersion() == null ? 0 : getVersion());
    }
}
