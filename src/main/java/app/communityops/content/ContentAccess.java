package app.communityops.content;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import java.util.Collection;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Whether the current user may read or change a community's content, decided by the community feature: tenant
 * admins all communities, operators their assigned ones, client users their own client's and only to read.
 * Everything else, another tenant's community included, is "not found".
 */
@Component
class ContentAccess {

    private final CommunityService communities;

    ContentAccess(CommunityService communities) {
        this.communities = communities;
    }

    CommunitySummary readable(UUID communityId) {
        return communities.readable(communityId);
    }

    boolean canRead(UUID communityId) {
        return communities.find(communityId).isPresent();
    }

    CommunitySummary writable(UUID communityId) {
        return communities.writable(communityId);
    }

    /** An item shared by several communities is changed only by someone who may change all of them. */
    void writableAll(Collection<UUID> communityIds) {
        communityIds.forEach(this::writable);
    }

    boolean isClient() {
        return CurrentUser.require().hasRole(Roles.CLIENT);
    }
}
