package app.communityops.activity;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import app.communityops.shared.TenantContext;
import app.communityops.tenancy.TenantDirectory;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The activity services' view of access: the community checks of the community feature, plus whether the user is
 * a client (who reads activities but not attendance) and the tenant's zone, in which times are entered and shown.
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
        return communities.readable(communityId);
    }

    CommunitySummary writable(UUID communityId) {
        return communities.writable(communityId);
    }

    boolean isClient() {
        return CurrentUser.require().hasRole(Roles.CLIENT);
    }

    ZoneId zone() {
        return tenants.zone(TenantContext.current().orElseThrow());
    }
}
