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
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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
    private final Clock clock;

    MemberService(MemberRepository members, MembershipRepository memberships, MembershipHistory history,
                  CommunityService access, TenantDirectory tenants, MemberGridBookmarks bookmarks, Clock clock) {
        this.members = members;
        this.memberships = memberships;
        this.history = history;
        this.access = access;
        this.tenants = tenants;
        this.bookmarks = bookmarks;
        this.clock = clock;
    }

    /**
     * Adds a member to a community as an application (screening decides the rest). A handle the tenant already
     * knows reuses that member, so one person is never two members.
     */
    @Transactional
    public MembershipSummary addToCommunity(UUID communityId, MemberForm form) {
        access.writable(communityId);
        Member member = members.findByHandle(form.getHandle().strip()).orElseGet(() -> create(form));
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
        return members.findById(memberId).filter(this::visible).map(Member::toDetails);
    }

    @Transactional
    public MemberDetails update(UUID memberId, long expectedVersion, MemberForm form) {
        Member member = members.findById(memberId).filter(this::writable).orElseThrow(NotFoundException::new);
        if (member.getVersion() == null || member.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        if (members.handleTaken(form.getHandle().strip(), memberId)) {
            throw new UserFacingException("member.error.handleTaken", "handle");
        }
        member.apply(form);
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

    private Member create(MemberForm form) {
        int limit = tenants.require(TenantContext.current().orElseThrow()).limits().maxMembers();
        if (members.count() >= limit) {
            throw new UserFacingException("plan.error.members", null, limit);
        }
        return members.saveAndFlush(new Member(form));
    }

    private boolean visible(Member member) {
        return memberships.findByMemberId(member.getId()).stream()
                .anyMatch(m -> isReadable(m.getCommunityId()));
    }

    private boolean writable(Member member) {
        return visible(member);
    }

    private boolean isReadable(UUID communityId) {
        try {
            access.readable(communityId);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
