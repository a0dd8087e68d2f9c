package app.communityops.members;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Which community the current user may read or work on, decided by the community feature: tenant admins all,
 * operators their assigned ones, client users their client's (read only). Anything else is "not found".
 */
@Component
class CommunityAccess {

    private final CommunityService communities;

    CommunityAccess(CommunityService communities) {
        this.communities = communities;
    }

    CommunitySummary readable(UUID communityId) {
        return communities.find(communityId).orElseThrow(NotFoundException::new);
    }

    CommunitySummary writable(UUID communityId) {
        CommunitySummary community = readable(communityId);
        if (CurrentUser.require().hasRole(Roles.CLIENT)) {
            throw new NotFoundException();
        }
        return community;
    }
}
