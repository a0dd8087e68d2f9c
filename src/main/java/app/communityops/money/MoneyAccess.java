package app.communityops.money;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Which communities the current user may read or sell in, decided by the community feature: tenant admins all,
 * operators their assigned ones, client users their client's and only to read. Anything else is "not found".
 */
@Component
class MoneyAccess {

    private final CommunityService communities;
    MoneyAccess(CommunityService communities) {
        this.communities = communities;
    }

    CommunitySummary readable(UUID communityId) {
        return communities.readable(communityId);
    }

    CommunitySummary writable(UUID communityId) {
        return communities.writable(communityId);
    }

    UUID[] visibleIds() {
        return communities.visible().stream().map(CommunitySummary::id).toArray(UUID[]::new);
    }

    List<CommunitySummary> visible() {
        return communities.visible();
    }

    boolean isClient() {
        return CurrentUser.require().hasRole(Roles.CLIENT);
    }

    boolean isAdmin() {
        return CurrentUser.require().hasRole(Roles.TENANT_ADMIN);
    }
}
