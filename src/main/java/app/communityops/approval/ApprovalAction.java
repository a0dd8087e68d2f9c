package app.communityops.approval;

/** One entry of a request's history. */
public enum ApprovalAction {
    SUBMITTED, APPROVED, CHANGES_REQUESTED, WITHDRAWN
}
