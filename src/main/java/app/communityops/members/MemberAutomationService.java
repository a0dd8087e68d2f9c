package app.communityops.members;

import app.communityops.shared.Access;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What automation rules read of members and do to them. The engine runs as the scheduled job, with no signed-in
 * user, so the changes here check no community scope: the job acts for the whole tenant, and row-level security
 * keeps it inside. Changes answer whether they did something rather than refusing, so a member who cannot be
 * warned (no longer joined) leaves the rule's run with an outcome to show, not a failed transaction. The dry run
 * reads facts as staff; the service that calls it checks the community.
 */
@Service
public class MemberAutomationService {

    /** What an action did to the member. */
    public enum Outcome { DONE, UNCHANGED, MEMBER_GONE, NOT_JOINED }

    private final MemberAutomationQueries queries;
    private final MembershipRepository memberships;
    private final MemberRepository members;
    private final MembershipHistory history;
    private final MemberGridBookmarks bookmarks;
    private final Clock clock;

    MemberAutomationService(MemberAutomationQueries queries, MembershipRepository memberships,
                            MemberRepository members, MembershipHistory history, MemberGridBookmarks bookmarks,
                            Clock clock) {
        this.queries = queries;
        this.memberships = memberships;
        this.members = members;
        this.history = history;
        this.bookmarks = bookmarks;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF_OR_JOB)
    public Optional<MemberFacts> facts(UUID membershipId) {
        return queries.facts(membershipId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF_OR_JOB)
    public Optional<MemberFacts> facts(UUID communityId, UUID memberId) {
        return queries.facts(communityId, memberId);
    }

    /** Joined members of the tenant silent since before {@code cutoff}, longest silent first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF_OR_JOB)
    public List<MemberFacts> silentSince(Instant cutoff, int limit) {
        return queries.silentSince(cutoff, limit);
    }

    /** False once the tier was deleted: a rule's condition on it then holds for nobody. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF_OR_JOB)
    public boolean tierExists(UUID tierId) {
        return queries.tierExists(tierId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF_OR_JOB)
    public boolean channelExists(UUID channelId) {
        return queries.channelExists(channelId);
    }

    /** Tags belong to the member, so every community of theirs shows them (as the members grid's tagging does). */
    @Transactional
    @PreAuthorize(Access.JOB)
    public Outcome addTag(UUID membershipId, String tag) {
        return retag(membershipId, tag, true);
    }

    @Transactional
    @PreAuthorize(Access.JOB)
    public Outcome removeTag(UUID membershipId, String tag) {
        return retag(membershipId, tag, false);
    }

    /** A warning, written to the history like an operator's, with the rule's reason. */
    @Transactional
    @PreAuthorize(Access.JOB)
    public Outcome warn(UUID membershipId, String reason) {
        Optional<Membership> found = memberships.findById(membershipId);
        if (found.isEmpty()) {
            return Outcome.MEMBER_GONE;
        }
        Membership membership = found.get();
        if (membership.getStatus() != MembershipStatus.JOINED) {
            return Outcome.NOT_JOINED;
        }
        membership.warn();
        history.record(membership, MembershipEventType.WARNED, clock.instant(), reason, null);
        memberships.saveAndFlush(membership);
        bookmarks.invalidateWithTransaction(membership.getCommunityId());
        return Outcome.DONE;
    }

    /** Puts the member on the community's elimination candidates with the reason; a person decides. */
    @Transactional
    @PreAuthorize(Access.JOB)
    public Outcome flagForElimination(UUID membershipId, String reason) {
        Optional<MemberFacts> facts = queries.facts(membershipId);
        if (facts.isEmpty()) {
            return Outcome.MEMBER_GONE;
        }
        if (facts.get().status() != MembershipStatus.JOINED) {
            return Outcome.NOT_JOINED;
        }
        if (reason.equals(facts.get().eliminationFlag())) {
            return Outcome.UNCHANGED;
        }
        queries.flagForElimination(membershipId, reason, clock.instant());
        return Outcome.DONE;
    }

    private Outcome retag(UUID membershipId, String tag, boolean add) {
        Optional<Membership> membership = memberships.findById(membershipId);
        if (membership.isEmpty()) {
            return Outcome.MEMBER_GONE;
        }
        Optional<Member> found = members.findById(membership.get().getMemberId());
        if (found.isEmpty()) {
            return Outcome.MEMBER_GONE;
        }
        Member member = found.get();
        boolean changed;
        if (add) {
            changed = !member.getTags().contains(tag.strip());
            member.addTags(Set.of(tag));
        } else {
            changed = member.removeTags(Set.of(tag));
        }
        if (!changed) {
            return Outcome.UNCHANGED;
        }
        members.saveAndFlush(member);
        for (Membership of : memberships.findByMemberId(member.getId())) {
            of.copyFrom(member);
            bookmarks.invalidateWithTransaction(of.getCommunityId());
        }
        return Outcome.DONE;
    }
}
