package app.communityops.join;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An application filed through a join page, as the operator sees it: who (from members), through which link,
 * how it stands, and the payment reference the applicant gave until it is confirmed.
 */
public record JoinApplicationSummary(UUID id, UUID membershipId, String memberName, @Nullable String linkLabel,
                                     Instant filedAt, String outcome, @Nullable String paymentClaim,
                                     @Nullable String confirmedPayment, boolean joined) {

    /** Whether the operator can confirm the fee now: a reference was given and the application is still open. */
    public boolean paymentToConfirm() {
        return paymentClaim != null && confirmedPayment == null && "PENDING".equals(outcome);
    }
}
