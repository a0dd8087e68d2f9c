package app.communityops.screening;

import app.communityops.approval.ApprovalService;
import app.communityops.approval.ApprovalSubject;
import app.communityops.approval.ApprovalSummary;
import app.communityops.approval.SubjectType;
import app.communityops.shared.Access;
import app.communityops.community.CommunityService;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's red lines, cited when a member is warned or eliminated. They are part of the rulebook: where the
 * rulebook's changes need approval, a red line is added, reworded or switched on or off by a proposal that applies,
 * as its author's change, on the final approval (decision 0040).
 */
@Service
public class RedLineService {

    private final RedLineRepository redLines;
    private final CommunityService access;
    private final RedLineRevisionRepository revisions;
    private final RedLineProposalRepository proposals;
    private final ApprovalService approvals;
    private final Clock clock;

    RedLineService(RedLineRepository redLines, CommunityService access, RedLineRevisionRepository revisions,
                   RedLineProposalRepository proposals, ApprovalService approvals, Clock clock) {
        this.redLines = redLines;
        this.access = access;
        this.revisions = revisions;
        this.proposals = proposals;
        this.approvals = approvals;
        this.clock = clock;
    }

    /** Active and inactive, oldest first: the rules as they grew. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public List<RedLineDetails> list(UUID communityId) {
        access.readable(communityId);
        return redLines.findByCommunityIdOrderByCreatedAtAscIdAsc(communityId).stream().map(RedLine::toDetails)
                .toList();
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public RedLineDetails add(UUID communityId, RedLineForm form) {
        access.writable(communityId);
        directChangeAllowed(communityId);
        return revised(new RedLine(communityId, text(form)));
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public RedLineDetails update(UUID redLineId, long expectedVersion, RedLineForm form) {
        RedLine redLine = load(redLineId, expectedVersion);
        directChangeAllowed(redLine.getCommunityId());
        redLine.setText(text(form));
        return revised(redLine);
    }

    /** Deactivating keeps the line for the warnings that cited it, but it can no longer be cited. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public RedLineDetails setActive(UUID redLineId, long expectedVersion, boolean active) {
        RedLine redLine = load(redLineId, expectedVersion);
        directChangeAllowed(redLine.getCommunityId());
        redLine.setActive(active);
        return revised(redLine);
    }

    /** How the line read over time, oldest first; a line older than its history starts from its current state. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public List<RedLineChange> history(UUID redLineId) {
        RedLine redLine = redLines.findById(redLineId).orElseThrow(NotFoundException::new);
        access.readable(redLine.getCommunityId());
        List<RedLineChange> changes = revisions.findByRedLineIdOrderByChangedAtAscIdAsc(redLineId).stream()
                .map(RedLineRevision::toChange).toList();
        return changes.isEmpty()
                ? List.of(new RedLineChange(redLine.getText(), redLine.isActive(), redLine.getCreatedAt(), null, null))
                : changes;
    }

    /** Whether the community's red line changes go through approval (the screens then propose them). */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public boolean approvalRequired(UUID communityId) {
        access.readable(communityId);
        return approvals.required(SubjectType.RED_LINE, communityId);
    }

    /** Proposes a new line; it applies from the final approval. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public RedLineProposalDetails proposeAdd(UUID communityId, RedLineForm form) {
        access.writable(communityId);
        return propose(communityId, null, RedLineProposal.Action.ADD, text(form), true);
    }

    /** Proposes a new wording; the line keeps the current one until it is approved. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public RedLineProposalDetails proposeUpdate(UUID redLineId, long expectedVersion, RedLineForm form) {
        RedLine redLine = load(redLineId, expectedVersion);
        String text = text(form);
        if (text.equals(redLine.getText())) {
            throw new UserFacingException("screening.redLines.error.unchanged", "text");
        }
        return propose(redLine.getCommunityId(), redLine, RedLineProposal.Action.REWORD, text, redLine.isActive());
    }

    /** Proposes to switch the line off (or back on); it keeps applying (or not) until that is approved. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public RedLineProposalDetails proposeActive(UUID redLineId, long expectedVersion, boolean active) {
        RedLine redLine = load(redLineId, expectedVersion);
        if (redLine.isActive() == active) {
            throw new ConcurrentEditException();
        }
        return propose(redLine.getCommunityId(), redLine,
                active ? RedLineProposal.Action.REACTIVATE : RedLineProposal.Action.DEACTIVATE, redLine.getText(),
                active);
    }

    /** The changes waiting for approval, and those sent back with a comment, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public List<RedLineProposalDetails> proposals(UUID communityId) {
        access.readable(communityId);
        List<RedLineProposal> open = proposals.findByCommunityIdAndStatusInOrderByCreatedAtAscIdAsc(communityId,
                EnumSet.of(RedLineProposal.Status.PENDING, RedLineProposal.Status.CHANGES_REQUESTED));
        Map<UUID, ApprovalSummary> requests = approvals.latest(SubjectType.RED_LINE,
                open.stream().map(RedLineProposal::getId).toList());
        return open.stream().map(proposal -> proposal.toDetails(
                requests.containsKey(proposal.getId()) ? requests.get(proposal.getId()).id() : null)).toList();
    }

    /** Takes a proposal back (waiting, or sent back for changes); its approval request is withdrawn. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void withdrawProposal(UUID proposalId, long expectedVersion) {
        RedLineProposal proposal = proposals.findById(proposalId).orElseThrow(NotFoundException::new);
        access.writable(proposal.getCommunityId());
        if (Objects.requireNonNullElse(proposal.getVersion(), -1L) != expectedVersion
                || proposal.getStatus() == RedLineProposal.Status.APPLIED
                || proposal.getStatus() == RedLineProposal.Status.WITHDRAWN) {
            throw new ConcurrentEditException();
        }
        approvals.withdraw(SubjectType.RED_LINE, proposal.getId());
        proposal.decide(RedLineProposal.Status.WITHDRAWN, null);
        proposals.saveAndFlush(proposal);
    }

    /**
     * Applies an approved proposal as its author's change (called on the final approval, possibly by a client user,
     * whose right to decide approval has checked).
     */
    void apply(RedLineProposal proposal) {
        RedLine redLine = proposal.getRedLineId() == null
                ? new RedLine(proposal.getCommunityId(), proposal.getText())
                : redLines.findById(proposal.getRedLineId())
                        .orElseThrow(() -> new UserFacingException("screening.redLines.error.proposalStale", null));
        redLine.setText(proposal.getText());
        redLine.setActive(proposal.isActive());
        RedLine saved = redLines.saveAndFlush(redLine);
        Instant now = clock.instant();
        revisions.save(new RedLineRevision(saved, now, proposal.getProposedBy(), proposal.getProposedByName()));
        proposal.decide(RedLineProposal.Status.APPLIED, null);
        proposals.saveAndFlush(proposal);
    }

    private RedLineProposalDetails propose(UUID communityId, @Nullable RedLine redLine, RedLineProposal.Action action,
                                           String text, boolean active) {
        if (!approvals.required(SubjectType.RED_LINE, communityId)) {
            throw new UserFacingException("approval.error.notRequired", null);
        }
        if (redLine != null && proposals.existsByRedLineIdAndStatus(redLine.getId(), RedLineProposal.Status.PENDING)) {
            throw new UserFacingException("screening.redLines.error.proposalPending", "text");
        }
        AppPrincipal user = CurrentUser.require();
        RedLineProposal proposal = proposals.saveAndFlush(
                new RedLineProposal(communityId, redLine, action, text, active, user.userId(), user.displayName()));
        long version = Objects.requireNonNullElse(proposal.getVersion(), 0L);
        ApprovalSummary request = approvals.submit(new ApprovalSubject(SubjectType.RED_LINE, proposal.getId(),
                version, communityId, text.length() > 120 ? text.substring(0, 119) + "…" : text, proposal.preview()));
        return proposal.toDetails(request.id());
    }

    private void directChangeAllowed(UUID communityId) {
        if (approvals.required(SubjectType.RED_LINE, communityId)) {
            throw new UserFacingException("screening.redLines.error.approvalRequired", null);
        }
    }

    private RedLineDetails revised(RedLine redLine) {
        RedLine saved = redLines.saveAndFlush(redLine);
        AppPrincipal user = CurrentUser.require();
        revisions.save(new RedLineRevision(saved, clock.instant(), user.userId(), user.displayName()));
        return saved.toDetails();
    }

    private RedLine load(UUID redLineId, long expectedVersion) {
        RedLine redLine = redLines.findById(redLineId).orElseThrow(NotFoundException::new);
        access.writable(redLine.getCommunityId());
        if (Objects.requireNonNullElse(redLine.getVersion(), -1L) != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return redLine;
    }

    private static String text(RedLineForm form) {
        String text = Tags.text(form.getText());
        if (text == null) {
            throw new UserFacingException("screening.validation.redLineRequired", "text");
        }
        if (text.length() > 300) {
            throw new UserFacingException("screening.validation.redLineLength", "text");
        }
        return text;
    }
}
