package app.communityops.members;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.Access;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.CommunityRestricted;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import app.communityops.shared.scheduling.TenantJobs;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which of the tenant's people the caller reaches: those with a membership in a community the caller may see. A
 * tenant admin reaches everyone; an operator the members of their assigned communities; an API key restricted to a
 * community the members of that community, although it acts with the tenant admin's role. Matching an added or
 * imported member against the tenant's people looks only here (docs/decisions/0022-member-matching.md).
 */
@Service
@PreAuthorize(Access.STAFF_JOB_OR_APPLICANT)
public class MemberReach {

    /** @param everyone whether the caller reaches every person of the tenant; otherwise those in {@code communities} */
    public record Scope(boolean everyone, Set<UUID> communities) {

        static final Scope EVERYONE = new Scope(true, Set.of());

        public Scope {
            communities = Set.copyOf(communities);
        }

        /** Whether a person in these communities is within reach. */
        public boolean reaches(Collection<UUID> memberCommunities) {
            return everyone || memberCommunities.stream().anyMatch(communities::contains);
        }
    }

    private final CommunityService communities;

    MemberReach(CommunityService communities) {
        this.communities = communities;
    }

    @Transactional(readOnly = true)
    public Scope current() {
        Optional<UUID> restricted = CommunityRestricted.current();
        if (restricted.isPresent()) {
            return new Scope(false, Set.of(restricted.get()));
        }
        AppPrincipal user = CurrentUser.require();
        // Scheduled work of the tenant reads any of its communities, as in CommunityService.
        if (user.hasRole(Roles.TENANT_ADMIN) || user.hasRole(TenantJobs.ROLE)) {
            return Scope.EVERYONE;
        }
        return new Scope(false, communities.visible().stream().map(CommunitySummary::id).collect(Collectors.toSet()));
    }
}
