package app.communityops.content;

import app.communityops.shared.Access;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Content items coming due for publishing, for the automation scans (as the job). */
@Service
public class ContentDueService {

    private final DueContentQueries queries;

    ContentDueService(DueContentQueries queries) {
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.JOB)
    public List<DueContent> dueBetween(Instant from, Instant to, int limit) {
        return queries.dueBetween(from, to, limit);
    }
}
