package app.communityops.members;

/**
 * Where a membership stands: applied → pending review → approved / rejected → joined; later eliminated or left.
 * Warnings are counted on a joined membership rather than being a status of their own.
 */
public enum MembershipStatus {
    APPLIED, PENDING_REVIEW, APPROVED, REJECTED, JOINED, ELIMINATED, LEFT;

    /** Memberships that count against the community's capacity. */
    public boolean occupiesSeat() {
        return this == APPROVED || this == JOINED;
    }
}
