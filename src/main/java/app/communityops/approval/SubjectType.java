package app.communityops.approval;

/** What can be put up for approval; each is implemented by the feature that owns it ({@link ApprovalSubjects}). */
public enum SubjectType {
    /** A content item, before it is scheduled or published. */
    CONTENT,
    /** A proposed change of a community's rulebook (values, rules, rewards), applied on the final approval. */
    RULEBOOK,
    /** A proposed change of a community's elimination red lines (kept by screening), under the rulebook setting. */
    RED_LINE
}
