package app.communityops.automation;

/** Where a rule's run stands; see the changelog of {@code automation_run} for each. */
public enum RunStatus {
    PENDING, RETRYING, SUCCEEDED, NOT_MET, SKIPPED, FAILED;

    public boolean open() {
        return this == PENDING || this == RETRYING;
    }
}
