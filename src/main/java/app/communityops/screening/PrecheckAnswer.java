package app.communityops.screening;

/**
 * The only answer a join page's applicant gets to the check of their standing: the same constant for a person the
 * records do not know as for one below the bar, so the answer tells nothing but whether the step is passed.
 */
public enum PrecheckAnswer {
    PASSED,
    NOT_YET
}
