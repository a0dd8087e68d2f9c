package app.communityops.approval;

import java.util.List;

/**
 * One request with what its approvers look at and its history.
 *
 * @param canDecide the signed-in user belongs to the group of the step now open
 */
public record ApprovalDetails(ApprovalSummary summary, String communityName, String previewHtml,
                              List<ApprovalEvent> events, boolean canDecide) {

    public ApprovalDetails {
        events = List.copyOf(events);
    }
}
