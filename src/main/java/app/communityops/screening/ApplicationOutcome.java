package app.communityops.screening;

import app.communityops.members.MembershipStatus;
import app.communityops.members.MembershipSummary;
import org.jspecify.annotations.Nullable;

/**
 * What became of an application: the membership as it now stands, the evaluation behind it, and — for an approved
 * applicant who could not be seated — the capacity of the full community.
 */
public record ApplicationOutcome(MembershipSummary membership, Evaluation evaluation,
                                 @Nullable Integer fullCapacity) {

    public MembershipStatus status() {
        return membership.status();
    }

    public boolean approvedButCommunityFull() {
        return fullCapacity != null;
    }
}
