package app.communityops.content;

import app.communityops.approval.ApprovalSubjects;
import app.communityops.approval.SubjectType;
import java.util.Objects;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What a decision means for a proposed rulebook change: the final approval applies it to the rulebook; a request
 * for changes leaves the rulebook as it was and keeps the comment with the proposal.
 */
@Component
class RulebookApprovalSubjects implements ApprovalSubjects {

    private final RulebookProposalRepository proposals;
    private final ObjectProvider<RulebookService> rulebook;

    /**
     * The rulebook service is looked up when a decision applies a proposal: it needs approval, and approval needs
     * this bean, so it cannot be handed over at construction. A provider rather than a lazy proxy, because the
     * production jar's generated start code cannot build lazy proxies (decision 0038).
     */
    RulebookApprovalSubjects(RulebookProposalRepository proposals, ObjectProvider<RulebookService> rulebook) {
        this.proposals = proposals;
        this.rulebook = rulebook;
    }

    @Override
    public SubjectType type() {
        return SubjectType.RULEBOOK;
    }

    @Override
    public void approved(UUID subjectId, long version) {
        proposals.findById(subjectId).filter(proposal -> current(proposal, version)).ifPresent(proposal -> rulebook.getObject().apply(proposal));
    }

    @Override
    public void changesRequested(UUID subjectId, long version, String comment) {
        proposals.findById(subjectId).filter(proposal -> current(proposal, version)).ifPresent(proposal -> {
            proposal.decide(RulebookProposal.Status.CHANGES_REQUESTED, comment);
            proposals.saveAndFlush(proposal);
        });
    }

    private static boolean current(RulebookProposal proposal, long version) {
        return proposal.getStatus() == RulebookProposal.Status.PENDING
                && Objects.requireNonNullElse(proposal.getVersion(), -1L) == version;
    }
}
