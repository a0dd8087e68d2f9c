package app.communityops.automation;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.Access;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The run log: every firing of every rule with its inputs, conditions and outcomes, failed runs first. Tenant
 * admins read all of the tenant's runs; operators the runs in their communities; client users none (the route and
 * this service turn them away). A failed run can be tried again at once.
 */
@Service
public class RunLogService {

    public static final int MAX_PAGE = 200;

    private final RunQueries runs;
    private final CommunityService communities;
    private final Clock clock;

    RunLogService(RunQueries runs, CommunityService communities, Clock clock) {
        this.runs = runs;
        this.communities = communities;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public List<RunEntry> page(@Nullable UUID ruleId, @Nullable RunStatus status, int offset, int limit) {
        return runs.page(ruleId, status, scope(), Math.max(offset, 0), Math.min(Math.max(limit, 1), MAX_PAGE));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public int count(@Nullable UUID ruleId, @Nullable RunStatus status) {
        return runs.count(ruleId, status, scope());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public Optional<RunEntry> find(UUID runId) {
        return runs.find(runId).filter(this::visible);
    }

    /** A failed run goes back to the queue, due now; the next engine pass tries it once more. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void retryNow(UUID runId) {
        RunEntry run = find(runId).orElseThrow(NotFoundException::new);
        if (run.status() != RunStatus.FAILED || runs.retryNow(run.id(), clock.instant()) == 0) {
            throw new app.communityops.shared.UserFacingException("automation.runs.error.notFailed", null);
        }
    }

    /** Null for a tenant admin (everything); the operator's communities otherwise. */
    private UUID @Nullable [] scope() {
        if (CurrentUser.require().hasRole(Roles.TENANT_ADMIN)) {
            return null;
        }
        return communities.visible().stream().map(CommunitySummary::id).toArray(UUID[]::new);
    }

    private boolean visible(RunEntry run) {
        UUID[] scope = scope();
        if (scope == null) {
            return true;
        }
        UUID community = run.communityId();
        return community != null && List.of(scope).contains(community);
    }
}
