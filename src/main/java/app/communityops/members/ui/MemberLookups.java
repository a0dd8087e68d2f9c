package app.communityops.members.ui;

import app.communityops.members.AcquisitionChannelSummary;
import app.communityops.members.MemberListService;
import app.communityops.members.MemberTierSummary;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The tenant's channels and tiers by id, and the screening mechanisms' codes in screening's order, loaded once per
 * screen: the grid shows their names.
 */
record MemberLookups(List<AcquisitionChannelSummary> channels, List<MemberTierSummary> tiers,
                     Map<UUID, String> channelNames, Map<UUID, String> tierNames, List<String> mechanisms) {

    static final MemberLookups NONE = new MemberLookups(List.of(), List.of(), Map.of(), Map.of(), List.of());

    static MemberLookups load(MemberListService lists) {
        List<AcquisitionChannelSummary> channels = lists.channels();
        List<MemberTierSummary> tiers = lists.tiers();
        Map<UUID, String> channelNames = new LinkedHashMap<>();
        channels.forEach(c -> channelNames.put(c.id(), c.name()));
        Map<UUID, String> tierNames = new LinkedHashMap<>();
        tiers.forEach(t -> tierNames.put(t.id(), t.name()));
        return new MemberLookups(channels, tiers, channelNames, tierNames, lists.mechanisms());
    }

    /** These mechanisms in screening's order; a code screening no longer knows comes last. */
    List<String> ordered(Set<String> codes) {
        return codes.stream().sorted(Comparator.comparingInt((String code) -> {
            int at = mechanisms.indexOf(code);
            return at < 0 ? Integer.MAX_VALUE : at;
        }).thenComparing(Comparator.naturalOrder())).toList();
    }

    String channel(@Nullable UUID id) {
        return id == null ? "" : channelNames.getOrDefault(id, "");
    }

    String tier(@Nullable UUID id) {
        return id == null ? "" : tierNames.getOrDefault(id, "");
    }
}
