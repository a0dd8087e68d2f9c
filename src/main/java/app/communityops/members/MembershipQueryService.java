package app.communityops.members;

import app.communityops.shared.Access;
import app.communityops.community.CommunityService;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the members grid of one community: pages, a capped count and the header figures. Filtering and ordering
 * happen in PostgreSQL; the community must be one the user may read, and row-level security keeps every
 * statement inside the user's tenant. Rows leave stripped of the fields the user may not read
 * ({@link MemberFieldPolicy}), and a text search or an order never reaches into such a field.
 */
@Service
@PreAuthorize(Access.READERS_OR_JOB)
public class MembershipQueryService {

    /** Counts are exact up to here; above it the grid says "10,000+" rather than counting a million rows. */
    public static final int COUNT_CAP = 10_000;
    public static final int MAX_PAGE = 500;

    private final MemberGridQueries queries;
    private final CommunityService access;
    private final MemberFieldPolicy policy;

    MembershipQueryService(MemberGridQueries queries, CommunityService access, MemberFieldPolicy policy) {
        this.queries = queries;
        this.access = access;
        this.policy = policy;
    }

    /** The member fields the signed-in user may receive in this community: screens show columns accordingly. */
    @Transactional(readOnly = true)
    public MemberFields fields(UUID communityId) {
        access.readable(communityId);
        return policy.forCommunity(communityId);
    }

    @Transactional(readOnly = true)
    public List<MemberRow> page(MemberFilter filter, MemberSort sort, int offset, int limit) {
        access.readable(filter.communityId());
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        MemberFields fields = policy.forCommunity(filter.communityId());
        return queries.rows(queries.plan(fields.strip(filter), fields.strip(sort), offset, Math.min(limit, MAX_PAGE)))
                .stream().map(fields::strip).toList();
    }

    /**
     * Hands every matching row, in order, to {@code action} while the rows are read: for streaming exports of a
     * whole filter, however large. Runs in one read-only transaction, so the rows form one consistent snapshot.
     */
    @Transactional(readOnly = true)
    public void forEachRow(MemberFilter filter, MemberSort sort, Consumer<MemberRow> action) {
        access.readable(filter.communityId());
        MemberFields fields = policy.forCommunity(filter.communityId());
        queries.forEach(fields.strip(filter), fields.strip(sort), row -> action.accept(fields.strip(row)));
    }

    /**
     * Like {@link #forEachRow}, with the member's contact fields and the channel and tier names: the CSV export,
     * which is staff's alone (decision 0021): anyone else is refused rather than given a thinned copy.
     */
    @Transactional(readOnly = true)
    public void forEachExportRow(MemberFilter filter, MemberSort sort, Consumer<MemberExportRow> action) {
        access.readable(filter.communityId());
        if (!policy.forCommunity(filter.communityId()).equals(MemberFields.ALL)) {
            throw new AccessDeniedException("The member export is for staff");
        }
        queries.forEachExport(filter, sort, action);
    }

    /** The number of matching memberships, exact up to {@link #COUNT_CAP}; any larger number means "more". */
    @Transactional(readOnly = true)
    public long count(MemberFilter filter) {
        access.readable(filter.communityId());
        return queries.count(policy.forCommunity(filter.communityId()).strip(filter), COUNT_CAP + 1);
    }

    /** Exact, and therefore read once per screen load rather than on every scroll. */
    @Transactional(readOnly = true)
    public MemberHeaderCounts headerCounts(UUID communityId) {
        access.readable(communityId);
        return queries.headerCounts(communityId);
    }
}
