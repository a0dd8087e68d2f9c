package app.communityops.screening;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Whether the current user may read or change a community's screening, decided by the community feature: tenant
 * admins all communities, operators their assigned ones, client users their own client's and only to read.
 * Everything else, another tenant's community included, is "not found".
 */
@Component
class ScreeningAccess {

    private final CommunityService communities;

    ScreeningAccess(CommunityService communities) {
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
