package app.communityops.approval;

import java.util.UUID;

/**
 * Implemented by the feature that owns a kind of subject; approval calls it when a request is decided, inside the
 * decision's transaction (a failure here undoes the decision). The caller may be a client user: the implementation
 * does what the decision means without checking that user's rights to the subject, which approval has checked.
 */
public interface ApprovalSubjects {

    SubjectType type();

    /** The last step approved this version. */
    void approved(UUID subjectId, long version);

    /** An approver asked for changes to this version, saying why. */
    void changesRequested(UUID subjectId, long version, String comment);
}
