package app.communityops.members;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the members grid (and the CSV export) of one community shows. An empty set or a null value does not
 * filter. Joined dates are inclusive and read in {@code zone}, the zone the screen shows dates in. The text
 * matches anywhere in the name or the handle, case-insensitively.
 */
public record MemberFilter(UUID communityId, Set<MembershipStatus> statuses, Set<ScreeningMechanism> mechanisms,
                           Set<UUID> channelIds, Set<String> tags, Set<UUID> tierIds, @Nullable LocalDate joinedFrom,
                           @Nullable LocalDate joinedTo, @Nullable String text, ZoneId zone) {

    public MemberFilter {
        statuses = Set.copyOf(statuses);
        mechanisms = Set.copyOf(mechanisms);
        channelIds = Set.copyOf(channelIds);
        tags = Set.copyOf(tags);
        tierIds = Set.copyOf(tierIds);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** Every membership of the community. */
    public static MemberFilter all(UUID communityId) {
        return new MemberFilter(communityId, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null, null,
                ZoneOffset.UTC);
    }

    public MemberFilter withStatuses(Set<MembershipStatus> value) {
        return new MemberFilter(communityId, value, mechanisms, channelIds, tags, tierIds, joinedFrom, joinedTo, text,
                zone);
    }

    public MemberFilter withMechanisms(Set<ScreeningMechanism> value) {
        return new MemberFilter(communityId, statuses, value, channelIds, tags, tierIds, joinedFrom, joinedTo, text,
                zone);
    }

    public MemberFilter withChannels(Set<UUID> value) {
        return new MemberFilter(communityId, statuses, mechanisms, value, tags, tierIds, joinedFrom, joinedTo, text,
                zone);
    }

    public MemberFilter withTags(Set<String> value) {
        return new MemberFilter(communityId, statuses, mechanisms, channelIds, value, tierIds, joinedFrom, joinedTo,
                text, zone);
    }

    public MemberFilter withTiers(Set<UUID> value) {
        return new MemberFilter(communityId, statuses, mechanisms, channelIds, tags, value, joinedFrom, joinedTo, text,
                zone);
    }

    public MemberFilter withJoined(@Nullable LocalDate from, @Nullable LocalDate to) {
        return new MemberFilter(communityId, statuses, mechanisms, channelIds, tags, tierIds, from, to, text, zone);
    }

    public MemberFilter withText(@Nullable String value) {
        return new MemberFilter(communityId, statuses, mechanisms, channelIds, tags, tierIds, joinedFrom, joinedTo,
                value, zone);
    }

    public MemberFilter withZone(ZoneId value) {
        return new MemberFilter(communityId, statuses, mechanisms, channelIds, tags, tierIds, joinedFrom, joinedTo,
                text, value);
    }
}
