package app.communityops.screening;

/** What the policy as a whole says: approve now, or leave it to a reviewer. The engine never rejects. */
public enum Verdict {
    APPROVE, REVIEW
}
