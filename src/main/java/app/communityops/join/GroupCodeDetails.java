package app.communityops.join;

import java.time.LocalDate;
import java.util.UUID;

/** A group's QR code as the operator sees it: how full, until when, in which place of the hand-out. */
public record GroupCodeDetails(UUID id, UUID communityId, String label, int capacity, int handedOut,
                               LocalDate expiresOn, int position, boolean retired, long version) {

    public boolean full() {
        return handedOut >= capacity;
    }

    public boolean expired(LocalDate today) {
        return expiresOn.isBefore(today);
    }

    /** Whether the hand-out may give this code today. */
    public boolean handedOutOn(LocalDate today) {
        return !retired && !full() && !expired(today);
    }
}
