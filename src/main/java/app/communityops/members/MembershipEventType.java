package app.communityops.members;

public enum MembershipEventType {
    APPLIED, EVIDENCE_CHANGED, PENDING_REVIEW, APPROVED, REJECTED, JOINED, WARNED, ELIMINATED, LEFT, READMITTED
}
