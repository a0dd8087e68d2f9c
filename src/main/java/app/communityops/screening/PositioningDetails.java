package app.communityops.screening;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A community's positioning; {@code version} is -1 while none has been saved. */
public record PositioningDetails(UUID communityId, @Nullable String who, Set<String> personas, Set<UUID> channelIds,
                                 @Nullable String why, Set<ValueTag> values, Set<String> freeTags, long version) {

    public static PositioningDetails empty(UUID communityId) {
        return new PositioningDetails(communityId, null, Set.of(), Set.of(), null, Set.of(), Set.of(), -1);
    }

    public boolean isEmpty() {
        return who == null && personas.isEmpty() && channelIds.isEmpty() && why == null && values.isEmpty()
                && freeTags.isEmpty();
    }
}
