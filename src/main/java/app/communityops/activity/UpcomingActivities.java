package app.communityops.activity;

import app.communityops.shared.Access;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's planned activities starting within a window, for the automation scans (as the job). */
@Service
public class UpcomingActivities {

    private final UpcomingActivityQueries queries;

    UpcomingActivities(UpcomingActivityQueries queries) {
        this.queries = queries;
    }

    /** Activities starting after {@code from} and at or before {@code to}, soonest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.JOB)
    public List<UpcomingActivity> startingBetween(Instant from, Instant to, int limit) {
        return queries.startingBetween(from, to, limit);
    }
}
