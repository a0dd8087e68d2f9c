package app.communityops.automation;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunityStatus;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import app.communityops.shared.UserFacingException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which rules, decided once for the rule and playbook services: tenant admins every rule;
 * operators the rules of the communities assigned to them, never the tenant-wide ones; anyone else none. A rule
 * out of reach is "not found", as for a wrong id, so no one learns it exists.
 */
@Component
class RuleScopes {

    private final CommunityService communities;

    RuleScopes(CommunityService communities) {
        this.communities = communities;
    }

    boolean admin() {
        return CurrentUser.require().hasRole(Roles.TENANT_ADMIN);
    }

    /** The communities whose rules the user sees, by id; an operator's assigned ones. */
    Map<UUID, CommunitySummary> visibleCommunities() {
        return communities.visible().stream().collect(Collectors.toMap(CommunitySummary::id, Function.identity()));
    }

    boolean canSee(@Nullable UUID communityId, Map<UUID, CommunitySummary> visible) {
        return communityId == null ? admin() : visible.containsKey(communityId);
    }

    /** Throws "not found" unless the user may see and change rules of this scope (null: every community). */
    void requireReach(@Nullable UUID communityId) {
        if (communityId == null ? !admin() : communities.find(communityId).isEmpty()) {
            throw new NotFoundException();
        }
    }

    /** As {@link #requireReach}, for a rule being made: tenant-wide only for admins, never in an archived community. */
    void requireNewRuleScope(@Nullable UUID communityId) {
        if (communityId == null) {
            if (!admin()) {
                throw new UserFacingException("automation.error.tenantWide", "communityId");
            }
            return;
        }
        CommunitySummary community = communities.find(communityId).orElseThrow(NotFoundException::new);
        if (community.status() == CommunityStatus.ARCHIVED) {
            throw new UserFacingException("automation.error.communityArchived", "communityId");
        }
    }
}
