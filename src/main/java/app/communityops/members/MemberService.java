package app.communityops.members;

import app.communityops.shared.Access;
import app.communityops.community.CommunityService;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.TenantContext;
import app.communityops.shared.UserFacingException;
import app.communityops.tenancy.TenantDirectory;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members of the tenant, added to a community as they are created. A member is tenant-wide; what a user may see
 * of them follows the communities they may see.
 */
@Service
@PreAuthorize(Access.STAFF)
public class MemberService {

    private final MemberRepository members;
    private final MembershipRepository memberships;
    private final MembershipHistory history;
    private final CommunityService access;
    private final TenantDirectory tenants;
    private final MemberGridBookmarks bookmarks;
    private final MemberReach reach;
    private final MemberMatching matching;
    private final Clock clock;

    MemberService(MemberRepository members, MembershipRepository memberships, MembershipHistory history,
                  CommunityService access, TenantDirectory tenants, MemberGridBookmarks bookmarks, MemberReach reach,
                  MemberMatching matching, Clock clock) {
        this.members = members;
        this.memberships = memberships;
        this.history = history;
        this.access = access;
        this.tenants = tenants;
        this.bookmarks = bookmarks;
        this.reach = reach;
        this.matching = matching;
        this.clock = clock;
    }

    /**
     * Adds a member to a community as an application (screening decides the rest). A handle of someone the caller
     * reaches reuses that member, so one person is never two members. Someone out of the caller's reach is neither
     * attached nor shown: the member is created as for a new handle, kept apart from that person, and a tenant admin
     * gets a suggestion to merge the two (docs/decisions/0022-member-matching.md).
     */
    @Transactional
    @PreAuthorize(Access.STAFF_OR_APPLICANT)
    public MembershipSummary addToCommunity(UUID communityId, MemberForm form) {
        access.writable(communityId);
        MemberReach.Scope scope = reach.current();
        Optional<Member> known = matching.inReach(scope, form.getHandle().strip());
        Optional<MemberMatching.Found> outside = matching.outOfReach(scope, form, null);
        Member member = known.orElseGet(() -> {
            Member created = create(form, outside.map(found -> found.member().getId()).orElse(null));
            outside.ifPresent(found -> matching.suggest(created, found, communityId));
            return created;
        });
        if (memberships.findByCommunityIdAndMemberId(communityId, member.getId()).isPresent()) {
            throw new UserFacingException("member.error.alreadyInCommunity", "handle");
        }
        Membership membership = memberships.saveAndFlush(new Membership(communityId, member, clock.instant()));
        bookmarks.invalidateWithTransaction(communityId);
        history.record(membership, MembershipEventType.APPLIED, clock.instant(), null, null);
        return membership.toSummary();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF_OR_JOB)
    public Optional<MemberDetails> find(UUID memberId) {
        MemberReach.Scope scope = reach.current();
        return members.findById(memberId).filter(member -> matching.reaches(scope, member)).map(Member::toDetails);
    }

    @Transactional
    public MemberDetails update(UUID memberId, long expectedVersion, MemberForm form) {
        MemberReach.Scope scope = reach.current();
        Member member = members.findById(memberId).filter(m -> matching.reaches(scope, m))
                .orElseThrow(NotFoundException::new);
        if (member.getVersion() == null || member.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        String handle = form.getHandle().strip();
        // Only someone the caller sees can make a handle "taken"; a record kept apart keeps the handle it shares.
        if (!handle.equalsIgnoreCase(member.getHandle()) && matching.handleTakenInReach(scope, handle, memberId)) {
            throw new UserFacingException("member.error.handleTaken", "handle");
        }
        Optional<MemberMatching.Found> outside = matching.outOfReach(scope, form, memberId);
        member.apply(form);
        if (outside.isPresent()) {
            if (member.getMatchOf() == null) {
                member.keepApartFrom(outside.get().member().getId());
            }
            UUID community = memberships.findByMemberId(memberId).stream().map(Membership::getCommunityId)
                    .filter(id -> scope.reaches(List.of(id))).findFirst().orElseThrow();
            matching.suggest(member, outside.get(), community);
        }
        members.saveAndFlush(member);
        copyToMemberships(member);
        return member.toDetails();
    }

    @Transactional
    public void addTags(UUID communityId, Set<UUID> membershipIds, Set<String> tags) {
        access.writable(communityId);
        for (Membership membership : memberships.findAllById(membershipIds)) {
            if (!membership.getCommunityId().equals(communityId)) {
                throw new NotFoundException();
            }
            Member member = members.findById(membership.getMemberId()).orElseThrow(NotFoundException::new);
            member.addTags(tags);
            copyToMemberships(member);
        }
    }

    /**
     * A purchase in one of the member's communities raises what the "purchase amount" screening mechanism reads;
     * a refund lowers it again.
     */
    @Transactional
    public MemberDetails addToLifetimePurchase(UUID communityId, UUID memberId, BigDecimal delta) {
        access.writable(communityId);
        if (memberships.findByCommunityIdAndMemberId(communityId, memberId).isEmpty()) {
            throw new NotFoundException();
        }
        Member member = members.findById(memberId).orElseThrow(NotFoundException::new);
        member.addToLifetimePurchase(delta);
        return members.saveAndFlush(member).toDetails();
    }

    /** The grid reads the member's fields from its memberships: keep those copies, and the grid's bookmarks, fresh. */
    private void copyToMemberships(Member member) {
        for (Membership membership : memberships.findByMemberId(member.getId())) {
            membership.copyFrom(member);
            bookmarks.invalidateWithTransaction(membership.getCommunityId());
        }
    }

    private Member create(MemberForm form, @Nullable UUID matchOf) {
        int limit = tenants.require(TenantContext.current().orElseThrow()).limits().maxMembers();
        if (members.count() >= limit) {
            throw new UserFacingException("plan.error.members", null, limit);
        }
        return members.saveAndFlush(new Member(form, matchOf));
    }
}
