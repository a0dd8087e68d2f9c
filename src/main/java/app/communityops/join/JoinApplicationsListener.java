package app.communityops.join;

import app.communityops.members.MembershipRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the join feature's copy of an application's state in step with the membership, in the transaction that
 * changed it: the status link reads it without reaching into members, and a decided application no longer counts
 * as the person's open one. Memberships that did not come through a join page match no row.
 */
@Component
class JoinApplicationsListener {

    private final ApplicationQueries applications;

    JoinApplicationsListener(ApplicationQueries applications) {
        this.applications = applications;
    }

    @EventListener
    void on(MembershipRecorded fact) {
        switch (fact.type()) {
            case APPROVED -> applications.decided(fact.membershipId(), "APPROVED", fact.occurredAt());
            case REJECTED -> applications.decided(fact.membershipId(), "REJECTED", fact.occurredAt());
            case JOINED -> applications.joined(fact.membershipId(), fact.occurredAt());
            case ELIMINATED, LEFT -> applications.decided(fact.membershipId(), "CLOSED", fact.occurredAt());
            default -> {
                // Applied, evidence changed, waiting for review, warned, readmitted: the status link says the same.
            }
        }
    }
}
