package app.communityops.community;

import app.communityops.shared.Access;
import app.communityops.shared.AccessWithdrawn;
import app.communityops.clients.ClientService;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.PublicApplicant;
import app.communityops.shared.Roles;
import app.communityops.shared.TenantContext;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.scheduling.TenantJobs;
import app.communityops.tenancy.TenantDirectory;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Communities and who may see them: tenant admins all of the tenant's, operators those assigned to them, client
 * users their own client's (read-only). An id outside that scope answers "not found".
 */
@Service
public class CommunityService {

    private final CommunityRepository communities;
    private final ClientService clients;
    private final TenantDirectory tenants;
    private final ApplicationEventPublisher events;
    private final CommunitySummaries summaries;
    private final VerticalQueries verticals;

    CommunityService(CommunityRepository communities, ClientService clients, TenantDirectory tenants,
                     ApplicationEventPublisher events, CommunitySummaries summaries, VerticalQueries verticals) {
        this.verticals = verticals;
        this.summaries = summaries;
        this.communities = communities;
        this.clients = clients;
        this.tenants = tenants;
        this.events = events;
    }

    /** The communities the signed-in user may see, by name. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS_OR_APPLICANT)
    public List<CommunitySummary> visible() {
        Optional<UUID> applying = PublicApplicant.current();
        if (applying.isPresent()) {
            return summaries.find(applying.get(), CommunitySummaries.Scope.everything()).stream().toList();
        }
        return readerScope().map(summaries::all).orElse(List.of());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS_OR_APPLICANT)
    public Optional<CommunitySummary> find(UUID id) {
        // A join page's applicant reaches the one community it applies to (decision 0051), nothing else.
        Optional<UUID> applying = PublicApplicant.current();
        if (applying.isPresent()) {
            return applying.get().equals(id) ? summaries.find(id, CommunitySummaries.Scope.everything())
                    : Optional.empty();
        }
        return readerScope().flatMap(scope -> summaries.find(id, scope));
    }

    /** Which communities the signed-in user reads: the same rule as {@link #findVisible}'s, for the summaries. */
    private Optional<CommunitySummaries.Scope> readerScope() {
        AppPrincipal user = CurrentUser.require();
        return switch (user.role()) {
            case Roles.TENANT_ADMIN, TenantJobs.ROLE -> Optional.of(CommunitySummaries.Scope.everything());
            case Roles.OPERATOR -> Optional.of(CommunitySummaries.Scope.operator(user.userId()));
            case Roles.CLIENT -> user.client().map(CommunitySummaries.Scope::client);
            default -> Optional.empty();
        };
    }

    /**
     * The community, if the user may read it: tenant admins all, operators their assigned ones, client users their
     * client's. Anything else, another tenant's community included, is "not found", so no one learns it exists.
     */
    // A caller may catch the refusal and carry on (skip a community it may not see), so it must not doom the
    // caller's transaction.
    @Transactional(readOnly = true, noRollbackFor = NotFoundException.class)
    @PreAuthorize(Access.READERS_JOB_OR_APPLICANT)
    public CommunitySummary readable(UUID id) {
        return find(id).orElseThrow(NotFoundException::new);
    }

    /**
     * The community's status for scheduled work (an automation rule skips an archived community): the job acts for
     * the whole tenant, so no scope but the tenant's applies. Empty when there is no such community.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.JOB)
    public Optional<CommunityStatus> statusForJob(UUID id) {
        return communities.findById(id).map(Community::getStatus);
    }

    /**
     * The community as scheduled work sees it, for the whole tenant: a job's notice names the community it is about
     * (a group code of the join page expires) and skips an archived one. {@link #readable} answers a person only.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.JOB)
    public Optional<CommunitySummary> findForJob(UUID id) {
        return summaries.find(id, CommunitySummaries.Scope.everything());
    }

    /**
     * The tenant's communities that are not archived, by name, for scheduled work done once per community (a
     * tenant-wide scheduled automation rule).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.JOB)
    public List<UUID> activeIdsForJob() {
        return summaries.all(CommunitySummaries.Scope.everything()).stream()
                .filter(community -> community.status() != CommunityStatus.ARCHIVED)
                .map(CommunitySummary::id).toList();
    }

    /**
     * Every active community of the tenant that has a vertical, with its client, channel and vertical but no name,
     * whoever is reading: peer bands compare a community with those the reader may not see (decision 0049). Only
     * the band computation calls this, and it hands on aggregates of at least five communities, never a row.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS_OR_JOB)
    public List<PeerCommunity> comparables() {
        return summaries.comparables();
    }

    /** The community, if the user may work in it: as {@link #readable}, but client users only read. */
    @Transactional(readOnly = true, noRollbackFor = NotFoundException.class)
    @PreAuthorize(Access.READERS_OR_APPLICANT)
    public CommunitySummary writable(UUID id) {
        CommunitySummary community = readable(id);
        if (CurrentUser.get().map(user -> user.hasRole(Roles.CLIENT)).orElse(false)) {
            throw new NotFoundException();
        }
        return community;
    }

    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public CommunitySummary create(CommunityForm form) {
        validate(form, new UUID(0, 0));
        if (form.getVerticalId() == null) {
            throw new UserFacingException("community.error.verticalRequired", "verticalId");
        }
        if (form.getStatus() != CommunityStatus.ARCHIVED) {
            requireCommunitySlot();
        }
        return communities.saveAndFlush(new Community(form)).toSummary();
    }

    /** Tenant admins edit everything; operators may edit the communities assigned to them. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public CommunitySummary update(UUID id, long expectedVersion, CommunityForm form) {
        Community community = findVisible(id).orElseThrow(NotFoundException::new);
        if (community.getVersion() == null || community.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        AppPrincipal user = CurrentUser.require();
        if (user.hasRole(Roles.OPERATOR) && (!form.getOperatorIds().equals(community.getOperatorIds())
                || !community.getClientId().equals(form.getClientId()))) {
            throw new UserFacingException("community.error.adminOnly", null);
        }
        validate(form, id);
        if (form.getVerticalId() == null && community.getVerticalId() != null) {
            throw new UserFacingException("community.error.verticalRequired", "verticalId");
        }
        if (community.getStatus() == CommunityStatus.ARCHIVED && form.getStatus() != CommunityStatus.ARCHIVED) {
            requireCommunitySlot();
        }
        Set<UUID> unassigned = new HashSet<>(community.getOperatorIds());
        unassigned.removeAll(form.getOperatorIds());
        boolean archived = community.getStatus() != CommunityStatus.ARCHIVED
                && form.getStatus() == CommunityStatus.ARCHIVED;
        community.apply(form);
        CommunitySummary saved = communities.saveAndFlush(community).toSummary();
        if (!unassigned.isEmpty()) {
            // Operators taken off the community are signed out with this commit: open screens of it close too.
            events.publishEvent(AccessWithdrawn.users(unassigned, "UNASSIGNED"));
            events.publishEvent(new OperatorsUnassigned(id, unassigned, Set.copyOf(form.getOperatorIds())));
        }
        if (archived) {
            events.publishEvent(new CommunityArchived(id));
        }
        return saved;
    }

    private Optional<Community> findVisible(UUID id) {
        AppPrincipal user = CurrentUser.require();
        return switch (user.role()) {
            case Roles.TENANT_ADMIN -> communities.findById(id);
            case Roles.OPERATOR -> communities.findAssigned(id, user.userId());
            case Roles.CLIENT -> user.client().flatMap(client -> communities.findByIdAndClientId(id, client));
            // Scheduled work of the tenant (the monthly reports) reads any of its communities, never another tenant's.
            case TenantJobs.ROLE -> communities.findById(id);
            default -> Optional.empty();
        };
    }

    private void validate(CommunityForm form, UUID exceptId) {
        if (communities.nameTaken(form.getName().strip(), exceptId)) {
            throw new UserFacingException("community.error.nameTaken", "name");
        }
        UUID clientId = form.getClientId();
        if (clientId == null || clients.find(clientId).isEmpty()) {
            throw new UserFacingException("community.error.clientRequired", "clientId");
        }
        UUID vertical = form.getVerticalId();
        if (vertical != null && verticals.find(vertical).isEmpty()) {
            throw new UserFacingException("community.error.verticalRequired", "verticalId");
        }
        Integer cap = form.getChannel().capacityLimit();
        Integer capacity = form.getMemberCapacity();
        if (cap != null && capacity != null && capacity > cap) {
            throw new UserFacingException("community.error.capacityOverChannel", "memberCapacity", cap);
        }
    }

    private void requireCommunitySlot() {
        UUID tenantId = TenantContext.current().orElseThrow();
        int limit = tenants.require(tenantId).limits().maxCommunities();
        if (communities.countNotArchived() >= limit) {
            throw new UserFacingException("plan.error.communities", null, limit);
        }
    }
}
