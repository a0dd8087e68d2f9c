package app.communityops.activity;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import app.communityops.shared.TenantContext;
import app.communityops.tenancy.TenantDirectory;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Which community the current user may read or plan in, as the community feature decides: tenant admins all,
 * operators their assigned ones, client users their client's (read only). Anything else is "not found".
 */
@Component
class ActivityAccess {

    private final CommunityService communities;
    private final TenantDirectory tenants;

    ActivityAccess(CommunityService communities, TenantDirectory tenants) {
        this.communities = communities;
        this.tenants = tenants;
    }

    CommunitySummary readable(UUID communityId) {
        return communities.find(communityId).orElseThrow(NotFoundException::new);
    }

    CommunitySummary writable(UUID communityId) {
        CommunitySummary community = readable(communityId);
        if (isClient()) {
            throw new NotFoundException();
        }
        return community;
    }

    boolean isClient() {
        return CurrentUser.require().hasRole(Roles.CLIENT);
    }

    ZoneId zone() {
        return tenants.zone(TenantContext.current().orElseThrow());
    }
}
