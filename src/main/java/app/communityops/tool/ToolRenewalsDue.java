package app.communityops.tool;

import app.communityops.shared.Access;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tools coming up for renewal, for the automation scans (as the job). */
@Service
public class ToolRenewalsDue {

    private final DueRenewalQueries queries;

    ToolRenewalsDue(DueRenewalQueries queries) {
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.JOB)
    public List<DueRenewal> renewalsBetween(LocalDate from, LocalDate to) {
        return queries.renewalsBetween(from, to);
    }
}
