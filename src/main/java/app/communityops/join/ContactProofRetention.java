package app.communityops.join;

import app.communityops.shared.Access;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drops the mailed codes and proofs of the join pages a day after they were sent: nothing needs them longer. */
@Service
public class ContactProofRetention {

    private final ContactProofs proofs;
    private final Clock clock;

    ContactProofRetention(ContactProofs proofs, Clock clock) {
        this.proofs = proofs;
        this.clock = clock;
    }

    /** In the current tenant; answers how many rows went. */
    @Transactional
    @PreAuthorize(Access.JOB)
    public int purge() {
        return proofs.purge(clock.instant());
    }
}
