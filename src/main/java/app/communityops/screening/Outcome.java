package app.communityops.screening;

/** What one mechanism says about one application. */
public enum Outcome {
    PASSED, FAILED, NEEDS_REVIEW
}
