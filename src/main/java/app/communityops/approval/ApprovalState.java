package app.communityops.approval;

import org.jspecify.annotations.Nullable;

/** A subject's version as its approval sees it: what a screen shows beside it and what gates its next move. */
public enum ApprovalState {
    /** No policy asks for approval here. */
    NOT_REQUIRED,
    /** Approval is required and this version was never submitted (or its request was withdrawn). */
    NOT_SUBMITTED,
    PENDING,
    APPROVED,
    /** The last request for this subject was answered with "changes requested". */
    CHANGES_REQUESTED;

    /** The state of a subject's version from its latest request (for lists that read requests in bulk). */
    public static ApprovalState of(boolean required, @Nullable ApprovalSummary latest, long version) {
        if (!required) {
            return NOT_REQUIRED;
        }
        if (latest == null || latest.subjectVersion() != version) {
            return NOT_SUBMITTED;
        }
        return switch (latest.status()) {
            case PENDING -> PENDING;
            case APPROVED -> APPROVED;
            case CHANGES_REQUESTED -> CHANGES_REQUESTED;
            case WITHDRAWN -> NOT_SUBMITTED;
        };
    }
}
