package app.communityops.members;

import app.communityops.shared.Access;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
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
 *
 * <p>Bulk actions run every row in one transaction and are all-or-nothing: the first refusal rolls everything
 * back and names the member it stopped at.
 */
@Service
public class MembershipService {

    private static final Set<MembershipStatus> SEATED = EnumSet.of(MembershipStatus.JOINED);
    private static final Set<MembershipStatus> UNDECIDED = EnumSet.of(MembershipStatus.APPLIED,
            MembershipStatus.PENDING_REVIEW);

    private final MembershipRepository memberships;
    private final MemberRepository members;
    private final MembershipHistory history;
    private final CommunityService access;
    private final MemberGridBookmarks bookmarks;
    private final ScreeningReferences screening;
    private final Clock clock;
    private final MemberFieldPolicy policy;

    MembershipService(MembershipRepository memberships, MemberRepository members, MembershipHistory history,
                      CommunityService access, MemberGridBookmarks bookmarks, ScreeningReferences screening,
                      Clock clock,
                      MemberFieldPolicy policy) {
        this.policy = policy;
        this.memberships = memberships;
        this.members = members;
        this.history = history;
        this.access = access;
        this.bookmarks = bookmarks;
        this.screening = screening;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS_OR_APPLICANT)
    public Optional<MembershipSummary> find(UUID membershipId) {
        return memberships.findById(membershipId).filter(m -> readable(m.getCommunityId()))
                .map(m -> policy.forCommunity(m.getCommunityId()).strip(m.toSummary()));
    }

    /**
     * The member behind a membership as the side panel shows it, stripped to the fields the user may read in that
     * membership's community ({@link MemberFieldPolicy}): staff see everything, a client user with contact access
     * the contact fields, other client users neither.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public Optional<MemberDetails> member(UUID membershipId) {
        return memberships.findById(membershipId).filter(m -> readable(m.getCommunityId()))
                .flatMap(m -> members.findById(m.getMemberId())
                        .map(member -> policy.forCommunity(m.getCommunityId()).strip(member.toDetails())));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public List<MembershipEvent> history(UUID membershipId) {
        Membership membership = load(membershipId, false);
        return history.of(membership.getId());
    }

    /** The community's active red lines (id to text, oldest first), for citing in a warning or an elimination. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public SequencedMap<UUID, String> redLines(UUID communityId) {
        access.readable(communityId);
        return screening.activeRedLines(communityId);
    }

    /**
     * Records the applicant's evidence and which mechanisms screened it (their codes, which screening owns); the
     * screening feature decides next.
     */
    @Transactional
    @PreAuthorize(Access.STAFF_OR_APPLICANT)
    public MembershipSummary recordEvidence(UUID membershipId, ApplicationEvidence evidence,
                                            Set<String> mechanisms, String screeningJson) {
        Membership membership = load(membershipId, true);
        membership.recordEvidence(evidence, mechanisms, screeningJson);
        history.record(membership, MembershipEventType.EVIDENCE_CHANGED, clock.instant(), null, null);
        return memberships.saveAndFlush(membership).toSummary();
    }

    @Transactional
    @PreAuthorize(Access.STAFF_OR_APPLICANT)
    public MembershipSummary awaitReview(UUID membershipId) {
        Membership membership = load(membershipId, true);
        if (membership.getStatus() != MembershipStatus.PENDING_REVIEW) {
            membership.awaitReview();
            history.record(membership, MembershipEventType.PENDING_REVIEW, clock.instant(), null, null);
        }
        return memberships.saveAndFlush(membership).toSummary();
    }

    @Transactional
    @PreAuthorize(Access.STAFF_OR_APPLICANT)
    public MembershipSummary approve(UUID membershipId, @Nullable String note) {
        Membership membership = load(membershipId, true);
        approve(membership, blankToNull(note));
        return memberships.saveAndFlush(membership).toSummary();
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public MembershipSummary reject(UUID membershipId, String reason) {
        String required = requireReason(reason);
        Membership membership = load(membershipId, true);
        reject(membership, required);
        return memberships.saveAndFlush(membership).toSummary();
    }

    @Transactional
    @PreAuthorize(Access.STAFF_OR_APPLICANT)
    public MembershipSummary join(UUID membershipId) {
        Membership membership = load(membershipId, true);
        CommunitySummary community = access.writable(membership.getCommunityId());
        Integer capacity = community.memberCapacity();
        long seated = memberships.countByCommunityAndStatuses(community.id(), SEATED);
        if (capacity != null && seated >= capacity) {
            throw new UserFacingException("membership.error.full", null, capacity);
        }
        Instant now = clock.instant();
        membership.join(now);
        history.recordJoin(membership, now, seated + 1, capacity);
        return memberships.saveAndFlush(membership).toSummary();
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public MembershipSummary warn(UUID membershipId, String reason, @Nullable UUID redLineId) {
        String required = requireReason(reason);
        Membership membership = load(membershipId, true);
        warn(membership, required, redLineId);
        return memberships.saveAndFlush(membership).toSummary();
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public MembershipSummary eliminate(UUID membershipId, String reason, @Nullable UUID redLineId) {
        String required = requireReason(reason);
        Membership membership = load(membershipId, true);
        eliminate(membership, required, redLineId);
        return memberships.saveAndFlush(membership).toSummary();
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public MembershipSummary leave(UUID membershipId) {
        Membership membership = load(membershipId, true);
        Instant now = clock.instant();
        membership.leave(now);
        history.record(membership, MembershipEventType.LEFT, now, null, null);
        return memberships.saveAndFlush(membership).toSummary();
    }

    /** Re-admission of a rejected, eliminated or departed member starts a new application. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public MembershipSummary reapply(UUID membershipId) {
        Membership membership = load(membershipId, true);
        Instant now = clock.instant();
        membership.reapply(now);
        history.record(membership, MembershipEventType.READMITTED, now, null, null);
        return memberships.saveAndFlush(membership).toSummary();
    }

    /** Approves every one of the applications, or none of them. Returns how many were approved. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public int approveAll(Set<UUID> membershipIds, @Nullable String note) {
        String kept = blankToNull(note);
        return each(membershipIds, membership -> approve(membership, kept));
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public int rejectAll(Set<UUID> membershipIds, String reason) {
        String required = requireReason(reason);
        return each(membershipIds, membership -> reject(membership, required));
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public int warnAll(Set<UUID> membershipIds, String reason, @Nullable UUID redLineId) {
        String required = requireReason(reason);
        return each(membershipIds, membership -> warn(membership, required, redLineId));
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public int eliminateAll(Set<UUID> membershipIds, String reason, @Nullable UUID redLineId) {
        String required = requireReason(reason);
        return each(membershipIds, membership -> eliminate(membership, required, redLineId));
    }

    /**
     * The member's application to the community while it is undecided (applied or waiting for review), for the
     * screening feature to evaluate again when attendance or a payment arrives.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public Optional<UUID> undecidedApplication(UUID communityId, UUID memberId) {
        access.readable(communityId);
        return memberships.findByCommunityIdAndMemberId(communityId, memberId)
                .filter(m -> UNDECIDED.contains(m.getStatus())).map(Membership::getId);
    }

    /** How many members have joined the community: the seats its capacity counts. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF_OR_APPLICANT)
    public long seated(UUID communityId) {
        access.readable(communityId);
        return memberships.countByCommunityAndStatuses(communityId, SEATED);
    }

    /** The member behind a membership, for screening checks (tier, lifetime purchase). */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF_OR_APPLICANT)
    public MemberDetails memberOf(UUID membershipId) {
        Membership membership = load(membershipId, false);
        return members.findById(membership.getMemberId()).map(Member::toDetails).orElseThrow(NotFoundException::new);
    }

    private void approve(Membership membership, @Nullable String note) {
        Instant now = clock.instant();
        membership.approve(actor(), note, now);
        history.record(membership, MembershipEventType.APPROVED, now, note, null);
    }

    private void reject(Membership membership, String reason) {
        Instant now = clock.instant();
        membership.reject(actor(), reason, now);
        history.record(membership, MembershipEventType.REJECTED, now, reason, null);
    }

    private void warn(Membership membership, String reason, @Nullable UUID redLineId) {
        requireRedLine(membership, redLineId);
        membership.warn();
        history.record(membership, MembershipEventType.WARNED, clock.instant(), reason, redLineId);
    }

    private void eliminate(Membership membership, String reason, @Nullable UUID redLineId) {
        requireRedLine(membership, redLineId);
        Instant now = clock.instant();
        membership.eliminate(now);
        history.record(membership, MembershipEventType.ELIMINATED, now, reason, redLineId);
    }

    /** Runs the action on every membership in name order; a refusal names the member and undoes all. */
    private int each(Set<UUID> membershipIds, Consumer<Membership> action) {
        List<Membership> found = memberships.findAllById(membershipIds);
        if (found.size() != membershipIds.size()) {
            throw new NotFoundException();
        }
        Set<UUID> checked = new HashSet<>();
        for (Membership membership : found.stream()
                .sorted(Comparator.comparing(Membership::getMemberName).thenComparing(Membership::getId)).toList()) {
            if (checked.add(membership.getCommunityId())) {
                access.writable(membership.getCommunityId());
                bookmarks.invalidateWithTransaction(membership.getCommunityId());
            }
            try {
                action.accept(membership);
            } catch (BulkRefusalException refusal) {
                throw refusal;
            } catch (UserFacingException refusal) {
                throw new BulkRefusalException(membership.getMemberName(), refusal);
            }
        }
        memberships.saveAllAndFlush(found);
        return found.size();
    }

    private void requireRedLine(Membership membership, @Nullable UUID redLineId) {
        if (redLineId == null) {
            return;
        }
        if (!screening.isRedLineOf(redLineId, membership.getCommunityId())) {
            throw new UserFacingException("membership.error.redLine", "redLine");
        }
    }

    private Membership load(UUID membershipId, boolean forWriting) {
        Membership membership = memberships.findById(membershipId).orElseThrow(NotFoundException::new);
        if (forWriting) {
            access.writable(membership.getCommunityId());
            bookmarks.invalidateWithTransaction(membership.getCommunityId());
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
