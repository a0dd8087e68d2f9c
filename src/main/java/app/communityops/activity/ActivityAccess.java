package app.communityops.activity;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The activity services' view of access: the community checks of the community feature, plus whether the user is
 * a client (who reads activities but not attendance).
 */
@Component
class ActivityAccess {

    private final CommunityService communities;
    ActivityAccess(CommunityService communities) {
        this.communities = communities;
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

}
