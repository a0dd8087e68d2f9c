package app.communityops.approval;

import app.communityops.audit.AuditAction;
import app.communityops.audit.AuditLog;
import app.communityops.clients.ClientService;
import app.communityops.clients.ClientSummary;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.Access;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who must approve what: a client's setting applies to all of its communities unless a community has its own.
 * Tenant admins set them; everyone who may read a community may see which one applies to it.
 */
@Service
public class ApprovalPolicyService {

    public static final int MAX_STEPS = 5;

    private final ApprovalQueries queries;
    private final CommunityService communities;
    private final ClientService clients;
    private final AuditLog audit;
    private final Clock clock;

    ApprovalPolicyService(ApprovalQueries queries, CommunityService communities, ClientService clients,
                          AuditLog audit, Clock clock) {
        this.queries = queries;
        this.communities = communities;
        this.clients = clients;
        this.audit = audit;
        this.clock = clock;
    }

    /** The settings that apply to the community (its own, else its client's, else none). */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public ApprovalPolicy forCommunity(UUID communityId) {
        return effective(communities.readable(communityId));
    }

    /** The client's setting, the default of its communities. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.TENANT_ADMIN)
    public ApprovalPolicy forClient(UUID clientId) {
        ClientSummary client = clients.find(clientId).orElseThrow(NotFoundException::new);
        return queries.clientPolicy(client.id())
                .map(row -> new ApprovalPolicy(ApprovalPolicy.Source.CLIENT, client.id(), row.settings(), row.version()))
                .orElseGet(() -> new ApprovalPolicy(ApprovalPolicy.Source.NONE, client.id(), ApprovalSettings.NONE, -1));
    }

    /** {@code expectedVersion}: the version the user saw, -1 when none was stored. */
    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public ApprovalPolicy saveForClient(UUID clientId, long expectedVersion, ApprovalSettings settings) {
        ClientSummary client = clients.find(clientId).orElseThrow(NotFoundException::new);
        checked(settings);
        save(queries.clientPolicy(client.id()), client.id(), null, expectedVersion, settings);
        return forClient(client.id());
    }

    /** Gives the community a setting of its own, overriding its client's. */
    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public ApprovalPolicy saveForCommunity(UUID communityId, long expectedVersion, ApprovalSettings settings) {
        CommunitySummary community = communities.writable(communityId);
        checked(settings);
        save(queries.communityPolicy(community.id()), null, community.id(), expectedVersion, settings);
        return effective(community);
    }

    /** Drops the community's own setting: its client's applies again. */
    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public ApprovalPolicy inheritForCommunity(UUID communityId, long expectedVersion) {
        CommunitySummary community = communities.writable(communityId);
        Optional<ApprovalQueries.PolicyRow> own = queries.communityPolicy(community.id());
        if (own.isPresent()) {
            if (!queries.deletePolicy(own.get().id(), expectedVersion)) {
                throw new ConcurrentEditException();
            }
            audit.recordFor(CurrentUser.require(), AuditAction.DELETE, "approval_policy", own.get().id().toString(),
                    Map.of("community", community.id().toString()));
        }
        return effective(community);
    }

    /** Every client's setting and every community's own, for the settings overview. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.TENANT_ADMIN)
    public Overview overview() {
        Map<UUID, ApprovalSettings> byClient = new LinkedHashMap<>();
        Map<UUID, ApprovalSettings> stored = queries.clientPolicies();
        for (ClientSummary client : clients.list()) {
            byClient.put(client.id(), stored.getOrDefault(client.id(), ApprovalSettings.NONE));
        }
        return new Overview(byClient, queries.communityPolicies());
    }

    /** The settings overview: each client's setting, and the communities that have their own. */
    public record Overview(Map<UUID, ApprovalSettings> clients, Map<UUID, ApprovalSettings> communities) {
        public Overview {
            clients = Map.copyOf(clients);
            communities = Map.copyOf(communities);
        }
    }

    ApprovalPolicy effective(CommunitySummary community) {
        return queries.communityPolicy(community.id())
                .map(row -> new ApprovalPolicy(ApprovalPolicy.Source.COMMUNITY, community.id(), row.settings(),
                        row.version()))
                .or(() -> queries.clientPolicy(community.clientId())
                        .map(row -> new ApprovalPolicy(ApprovalPolicy.Source.CLIENT, community.clientId(),
                                row.settings(), row.version())))
                .orElseGet(() -> new ApprovalPolicy(ApprovalPolicy.Source.NONE, community.id(), ApprovalSettings.NONE,
                        -1));
    }

    private void save(Optional<ApprovalQueries.PolicyRow> current, @Nullable UUID clientId, @Nullable UUID communityId,
                      long expectedVersion, ApprovalSettings settings) {
        AppPrincipal user = CurrentUser.require();
        long currentVersion = current.map(ApprovalQueries.PolicyRow::version).orElse(-1L);
        if (currentVersion != expectedVersion) {
            throw new ConcurrentEditException();
        }
        if (current.isEmpty()) {
            queries.insertPolicy(clientId, communityId, settings, user.userId(), clock.instant());
        } else if (!queries.updatePolicy(current.get().id(), expectedVersion, settings, user.userId(),
                clock.instant())) {
            throw new ConcurrentEditException();
        }
        audit.recordFor(user, current.isEmpty() ? AuditAction.CREATE : AuditAction.UPDATE, "approval_policy",
                clientId != null ? "client:" + clientId : "community:" + communityId,
                Map.of("content", settings.content(), "rulebook", settings.rulebook(),
                        "steps", settings.steps().stream().map(Enum::name).toList()));
    }

    private static void checked(ApprovalSettings settings) {
        if ((settings.content() || settings.rulebook()) && settings.steps().isEmpty()) {
            throw new UserFacingException("approval.error.noSteps", "steps");
        }
        if (settings.steps().size() > MAX_STEPS) {
            throw new UserFacingException("approval.error.tooManySteps", "steps", MAX_STEPS);
        }
        Set<ApprovalStep> seen = EnumSet.noneOf(ApprovalStep.class);
        for (ApprovalStep step : settings.steps()) {
            if (!seen.add(step)) {
                throw new UserFacingException("approval.error.repeatedStep", "steps");
            }
        }
    }
}
