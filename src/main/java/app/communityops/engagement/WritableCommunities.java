package app.communityops.engagement;

import app.communityops.community.CommunityService;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Whether the current user may write events to a community, as {@link CommunityService#find} answers it, remembered
 * for {@link #MEMORY} per tenant, user and role. An integration sends batch after batch to the same community, and
 * the lookup through JPA cost more than a millisecond of CPU per batch. Only a "yes" is remembered, so a new or
 * newly assigned community works at once; a community an operator loses (or a deleted one) still takes events from
 * that user for at most {@link #MEMORY}. Revoking an API key is not delayed by this: the key is checked before.
 */
@Component
class WritableCommunities {

    static final Duration MEMORY = Duration.ofSeconds(10);
    private static final int MAX_REMEMBERED = 100_000;

    private record Grant(@Nullable UUID tenantId, UUID userId, String role, UUID communityId) {
    }

    private final CommunityService communities;
    private final Clock clock;
    private final Map<Grant, Long> until = new ConcurrentHashMap<>();

    WritableCommunities(CommunityService communities, Clock clock) {
        this.communities = communities;
        this.clock = clock;
    }

    /** Throws {@link NotFoundException} unless the current user may write to the community. */
    void require(UUID communityId) {
        AppPrincipal user = CurrentUser.require();
        if (user.hasRole(Roles.CLIENT)) {
            throw new NotFoundException();
        }
        Grant grant = new Grant(user.tenantId(), user.userId(), user.role(), communityId);
        long now = clock.millis();
        Long valid = until.get(grant);
        if (valid != null && valid > now) {
            return;
        }
        if (communities.find(communityId).isEmpty()) {
            until.remove(grant);
            throw new NotFoundException();
        }
        if (until.size() > MAX_REMEMBERED) {
            until.clear();
        }
        until.put(grant, now + MEMORY.toMillis());
    }
}
