package app.communityops.screening;

import app.communityops.approval.ApprovalSubjects;
import app.communityops.approval.SubjectType;
import java.util.Objects;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What a decision means for a proposed red line change: the final approval applies it as its author's change; a
 * request for changes leaves the red lines as they were and keeps the comment with the proposal.
 */
@Component
class RedLineApprovalSubjects implements ApprovalSubjects {

    private final RedLineProposalRepository proposals;
    private final ObjectProvider<RedLineService> redLines;

    /**
     * The red line service is looked up when a decision applies a proposal: it needs approval, and approval needs
     * this bean. A provider rather than a lazy proxy, which the production jar's generated start code cannot build
     * (decision 0038).
     */
    RedLineApprovalSubjects(RedLineProposalRepository proposals, ObjectProvider<RedLineService> redLines) {
        this.proposals = proposals;
        this.redLines = redLines;
    }

    @Override
    public SubjectType type() {
        return SubjectType.RED_LINE;
    }

    @Override
    public void approved(UUID subjectId, long version) {
        proposals.findById(subjectId).filter(proposal -> current(proposal, version)).ifPresent(proposal -> redLines.getObject().apply(proposal));
    }

    @Override
    public void changesRequested(UUID subjectId, long version, String comment) {
        proposals.findById(subjectId).filter(proposal -> current(proposal, version)).ifPresent(proposal -> {
            proposal.decide(RedLineProposal.Status.CHANGES_REQUESTED, comment);
            proposals.saveAndFlush(proposal);
        });
    }

    private static boolean current(RedLineProposal proposal, long version) {
        return proposal.getStatus() == RedLineProposal.Status.PENDING
                && Objects.requireNonNullElse(proposal.getVersion(), -1L) == version;
    }
}
