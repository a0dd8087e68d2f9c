package app.communityops.screening;

/** Whether a code can still bring someone in. */
public enum CodeStatus {
    ACTIVE, EXPIRED, EXHAUSTED
}
