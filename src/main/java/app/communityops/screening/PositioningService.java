package app.communityops.screening;

import app.communityops.shared.Access;
import app.communityops.community.CommunityService;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.UserFacingException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A community's positioning (Who / Where / Why): read by everyone who sees the community, edited by staff. */
@Service
public class PositioningService {

    private final PositioningRepository positionings;
    private final TenantLists lists;
    private final CommunityService access;

    PositioningService(PositioningRepository positionings, TenantLists lists, CommunityService access) {
        this.positionings = positionings;
        this.lists = lists;
        this.access = access;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS_OR_JOB)
    public PositioningDetails find(UUID communityId) {
        access.readable(communityId);
        return positionings.findById(communityId).map(CommunityPositioning::toDetails)
                .orElseGet(() -> PositioningDetails.empty(communityId));
    }

    /** The tenant's acquisition channels, for Where. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS_OR_JOB)
    public List<Option> channels() {
        return lists.channels();
    }

    /** Saves over the version the user loaded (-1 for a community without positioning yet). */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public PositioningDetails update(UUID communityId, long expectedVersion, PositioningForm form) {
        access.writable(communityId);
        CommunityPositioning positioning = positionings.findById(communityId).orElse(null);
        long current = positioning == null ? -1 : Objects.requireNonNullElse(positioning.getVersion(), 0L);
        if (current != expectedVersion) {
            throw new ConcurrentEditException();
        }
        Set<String> personas = Tags.clean(form.getPersonas(), 60, "personas");
        Set<String> freeTags = Tags.clean(form.getFreeTags(), 40, "freeTags");
        freeTags.removeIf(tag -> ValueTag.fromKey(tag).isPresent());
        if (!lists.allChannelsExist(form.getChannelIds())) {
            throw new UserFacingException("screening.validation.channelUnknown", "channelIds");
        }
        if (positioning == null) {
            positioning = new CommunityPositioning(communityId);
        }
        positioning.apply(Tags.text(form.getWho()), personas, new LinkedHashSet<>(form.getChannelIds()),
                Tags.text(form.getWhy()), form.getValues(), freeTags);
        return positionings.saveAndFlush(positioning).toDetails();
    }
}
