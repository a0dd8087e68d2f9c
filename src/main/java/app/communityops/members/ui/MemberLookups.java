package app.communityops.members.ui;

import app.communityops.members.AcquisitionChannelSummary;
import app.communityops.members.MemberListService;
import app.communityops.members.MemberTierSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The tenant's channels and tiers by id, loaded once per screen: the grid shows their names. */
record MemberLookups(List<AcquisitionChannelSummary> channels, List<MemberTierSummary> tiers,
                     Map<UUID, String> channelNames, Map<UUID, String> tierNames) {

    static final MemberLookups NONE = new MemberLookups(List.of(), List.of(), Map.of(), Map.of());

    static MemberLookups load(MemberListService lists) {
        List<AcquisitionChannelSummary> channels = lists.channels();
        List<MemberTierSummary> tiers = lists.tiers();
        Map<UUID, String> channelNames = new LinkedHashMap<>();
        channels.forEach(c -> channelNames.put(c.id(), c.name()));
        Map<UUID, String> tierNames = new LinkedHashMap<>();
        tiers.forEach(t -> tierNames.put(t.id(), t.name()));
        return new MemberLookups(channels, tiers, channelNames, tierNames);
    }

    String channel(@Nullable UUID id) {
        return id == null ? "" : channelNames.getOrDefault(id, "");
    }

    String tier(@Nullable UUID id) {
        return id == null ? "" : tierNames.getOrDefault(id, "");
    }
}
