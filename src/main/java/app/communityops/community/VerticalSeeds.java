package app.communityops.community;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the default verticals for a tenant that has none yet. In a transaction of its own, so the first reader of
 * the list may be inside a read-only one (a dashboard, a report) and still get them.
 */
@Component
class VerticalSeeds {

    /** The defaults, in list order; their names are the translations of {@code vertical.seed.<key>}. */
    static final List<String> DEFAULTS = List.of("education", "retail", "saas", "finance", "other");

    private final VerticalQueries queries;
    private final Clock clock;

    VerticalSeeds(VerticalQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void seed() {
        int position = 1;
        for (String key : DEFAULTS) {
            queries.seed(key, position++, clock.instant());
        }
    }
}
