package app.communityops.money;

import app.communityops.shared.Access;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many orders a member has in a community, for automation rules' conditions ("no purchase yet", "at least N
 * purchases"). The job asks with no signed-in user; staff ask through the dry run, which checks the community.
 */
@Service
public class PurchaseFacts {

    private final OrderQueries queries;

    PurchaseFacts(OrderQueries queries) {
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF_OR_JOB)
    public int purchases(UUID communityId, UUID memberId) {
        return queries.purchases(communityId, memberId);
    }
}
