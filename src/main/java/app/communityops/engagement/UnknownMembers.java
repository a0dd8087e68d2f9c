package app.communityops.engagement;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What to do with events of members the tenant does not know. {@link #REJECT} refuses the batch; a caller that
 * may create members (through screening, so a community's policy still applies) passes its own.
 */
@FunctionalInterface
public interface UnknownMembers {

    UnknownMembers REJECT = (communityId, unknown) -> Map.of();

    /** Creates members for some or all of {@code unknown} and answers their ids by {@link MemberRef#key()}. */
    Map<String, UUID> create(UUID communityId, Set<MemberRef> unknown);
}
