package app.communityops.members;

import app.communityops.community.CommunitySummary;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import app.communityops.shared.UserFacingException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The membership lifecycle: evidence and screening outcome, review decisions, joining within capacity,
 * warnings, elimination and leaving. Every step is written to the membership's history.
 *
 * <p>Capacity: joining a full community is refused with a clear message; there is no waiting list, because an
 * approved applicant who cannot join stays approved and can join once a seat frees up.
 */
@Service
public class MembershipService {

    private static final Set<MembershipStatus> SEATED = EnumSet.of(MembershipStatus.JOINED);

    private final MembershipRepository memberships;
    private final MemberRepository members;
    private final MembershipHistory history;
    private final CommunityAccess access;
    private final Clock clock;

    MembershipService(MembershipRepository memberships, MemberRepository members, MembershipHistory history,
                      CommunityAccess access, Clock clock) {
        this.memberships = memberships;
        this.members = members;
        this.history = history;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.OPERATOR + "', '" + Roles.CLIENT + "')")
    public Optional<MembershipSummary> find(UUID membershipId) {
        return memberships.findById(membershipId).filter(m -> readable(m.getCommunityId()))
                .map(Membership::toSummary);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.OPERATOR + "')")
    public List<MembershipEvent> history(UUID membershipId) {
        Membership membership = load(membershipId, false);
        return history.of(membership.getId());
    }

    /** Records the applicant's evidence and which mechanisms screened it; the screening feature decides next. */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.OPERATOR + "')")
    public MembershipSummary recordEvidence(UUID membershipId, ApplicationEvidence evidence,
                                            Set<ScreeningMechanism> mechanisms, String screeningJson) {
        Membership membership = load(membershipId, true);
        membership.recordEvidence(evidence, mechanisms, screeningJson);
        history.record(membership, MembershipEventType.EVIDENCE_CHANGED, clock.instant(), null, null);
        return memberships.saveAndFlush(membership).toSummary();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.OPERATOR + "')")
    public MembershipSummary awaitReview(UUID membershipId) {
        Membership membership = load(membershipId, true);
        if (membership.getStatus() != MembershipStatus.PENDING_REVIEW) {
            membership.awaitReview();
            history.record(membership, MembershipEventType.PENDING_REVIEW, clock.instant(), null, null);
        }
        return memberships.saveAndFlush(membership).toSummary();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.OPERATOR + "')")
    public MembershipSummary approve(UUID membershipId, @Nullable String note) {
        Membership membership = load(membershipId, true);
        Instant now = clock.instant();
        membership.approve(actor(), blankToNull(note), now);
        history.record(membership, MembershipEventType.APPROVED, now, blankToNull(note), null);
        return memberships.saveAndFlush(membership).toSummary();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.OPERATOR + "')")
    public MembershipSummary reject(UUID membershipId, String reason) {
        String required = requireReason(reason);
        Membership membership = load(membershipId, true);
        Instant now = clock.instant();
        membership.reject(actor(), required, now);
        history.record(membership, MembershipEventType.REJECTED, now, required, null);
        return memberships.saveAndFlush(membership).toSummary();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.OPERATOR + "')")
    public MembershipSummary join(UUID membershipId) {
        Membership membership = load(membershipId, true);
        CommunitySummary community = access.writable(membership.getCommunityId());
        Integer capacity = community.memberCapacity();
        if (capacity != null && memberships.countByCommunityAndStatuses(community.id(), SEATED) >= capacity) {
            throw new UserFacingException("membership.error.full", null, capacity);
        }
        Instant now = clock.instant();
        membership.join(now);
        history.record(membership, MembershipEventType.JOINED, now, null, null);
        return memberships.saveAndFlush(membership).toSummary();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.OPERATOR + "')")
    public MembershipSummary warn(UUID membershipId, String reason, @Nullable UUID redLineId) {
        String required = requireReason(reason);
        Membership membership = load(membershipId, true);
        membership.warn();
        history.record(membership, MembershipEventType.WARNED, clock.instant(), required, redLineId);
        return memberships.saveAndFlush(membership).toSummary();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.OPERATOR + "')")
    public MembershipSummary eliminate(UUID membershipId, String reason, @Nullable UUID redLineId) {
        String required = requireReason(reason);
        Membership membership = load(membershipId, true);
        Instant now = clock.instant();
        membership.eliminate(now);
        history.record(membership, MembershipEventType.ELIMINATED, now, required, redLineId);
        return memberships.saveAndFlush(membership).toSummary();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.OPERATOR + "')")
    public MembershipSummary leave(UUID membershipId) {
        Membership membership = load(membershipId, true);
        Instant now = clock.instant();
        membership.leave(now);
        history.record(membership, MembershipEventType.LEFT, now, null, null);
        return memberships.saveAndFlush(membership).toSummary();
    }

    /** Re-admission of a rejected, eliminated or departed member starts a new application. */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.OPERATOR + "')")
    public MembershipSummary reapply(UUID membershipId) {
        Membership membership = load(membershipId, true);
        Instant now = clock.instant();
        membership.reapply(now);
        history.record(membership, MembershipEventType.READMITTED, now, null, null);
        return memberships.saveAndFlush(membership).toSummary();
    }

    /** The member behind a membership, for screening checks (tier, lifetime purchase). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.OPERATOR + "')")
    public MemberDetails memberOf(UUID membershipId) {
        Membership membership = load(membershipId, false);
        return members.findById(membership.getMemberId()).map(Member::toDetails).orElseThrow(NotFoundException::new);
    }

    private Membership load(UUID membershipId, boolean forWriting) {
        Membership membership = memberships.findById(membershipId).orElseThrow(NotFoundException::new);
        if (forWriting) {
            access.writable(membership.getCommunityId());
        } else {
            access.readable(membership.getCommunityId());
        }
        return membership;
    }

    private boolean readable(UUID communityId) {
        try {
            access.readable(communityId);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static @Nullable UUID actor() {
        return CurrentUser.get().map(user -> user.userId()).orElse(null);
    }

    private static String requireReason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException("membership.error.reasonRequired", "reason");
        }
        return reason.strip();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
