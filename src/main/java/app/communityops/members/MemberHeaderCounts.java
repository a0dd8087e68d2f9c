package app.communityops.members;

/** The members grid's header: joined members and applications waiting for a reviewer. */
public record MemberHeaderCounts(long members, long pendingReview) {
}
