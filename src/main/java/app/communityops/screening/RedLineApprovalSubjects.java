package app.communityops.screening;

import app.communityops.approval.ApprovalSubjects;
import app.communityops.approval.SubjectType;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * What a decision means for a proposed red line change: the final approval applies it as its author's change; a
 * request for changes leaves the red lines as they were and keeps the comment with the proposal.
 */
@Component
class RedLineApprovalSubjects implements ApprovalSubjects {

    private final RedLineProposalRepository proposals;
    private final RedLineService redLines;

    RedLineApprovalSubjects(RedLineProposalRepository proposals, @Lazy RedLineService redLines) {
        this.proposals = proposals;
        this.redLines = redLines;
    }

    @Override
    public SubjectType type() {
        return SubjectType.RED_LINE;
    }

    @Override
    public void approved(UUID subjectId, long version) {
        proposals.findById(subjectId).filter(proposal -> current(proposal, version)).ifPresent(redLines::apply);
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
