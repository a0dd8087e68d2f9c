package app.communityops.report;

/** Where a version of a delivered report stands (decision 0041). */
public enum DeliveryState {
    /** Staff prepare it and write their commentary. */
    DRAFT,
    /** Waiting for a second person of the agency to send it. */
    REVIEW,
    /** Issued and mailed to the client's users. */
    SENT,
    /** A client user confirmed they received it. */
    ACKNOWLEDGED;

    public boolean editable() {
        return this == DRAFT || this == REVIEW;
    }

    public boolean delivered() {
        return this == SENT || this == ACKNOWLEDGED;
    }
}
