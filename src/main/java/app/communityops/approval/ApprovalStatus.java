package app.communityops.approval;

/** Where a request stands: open at a step, or decided one way, or withdrawn by its side. */
public enum ApprovalStatus {
    PENDING, APPROVED, CHANGES_REQUESTED, WITHDRAWN
}
