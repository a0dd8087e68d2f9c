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
 * matches anywhere in the name or the handle, case-insensitively; in the name only when {@code textInHandles} is
 * off, which {@link MemberFields} sets for users who may not read handles. Health segments and the score range
 * (inclusive, 0-100) keep only members with a score: a member not scored yet matches neither.
 */
public record MemberFilter(UUID communityId, Set<MembershipStatus> statuses, Set<String> mechanisms,
                           Set<UUID> channelIds, Set<String> tags, Set<UUID> tierIds, @Nullable LocalDate joinedFrom,
                           @Nullable LocalDate joinedTo, @Nullable String text, ZoneId zone,
                           boolean textInHandles, Set<HealthSegment> segments, @Nullable Integer scoreFrom,
                           @Nullable Integer scoreTo) {

    public MemberFilter {
        statuses = Set.copyOf(statuses);
        mechanisms = Set.copyOf(mechanisms);
        channelIds = Set.copyOf(channelIds);
        tags = Set.copyOf(tags);
        tierIds = Set.copyOf(tierIds);
        text = text == null || text.isBlank() ? null : text.strip();
        segments = Set.copyOf(segments);
        if (scoreFrom != null && (scoreFrom < 0 || scoreFrom > 100) || scoreTo != null && (scoreTo < 0 || scoreTo > 100)
                || scoreFrom != null && scoreTo != null && scoreFrom > scoreTo) {
            throw new IllegalArgumentException("a score range runs from 0 to 100, its start not above its end");
        }
    }

    public MemberFilter(UUID communityId, Set<MembershipStatus> statuses, Set<String> mechanisms,
                        Set<UUID> channelIds, Set<String> tags, Set<UUID> tierIds, @Nullable LocalDate joinedFrom,
                        @Nullable LocalDate joinedTo, @Nullable String text, ZoneId zone) {
        this(communityId, statuses, mechanisms, channelIds, tags, tierIds, joinedFrom, joinedTo, text, zone, true,
                Set.of(), null, null);
    }

    /** Every membership of the community. */
    public static MemberFilter all(UUID communityId) {
        return new MemberFilter(communityId, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null, null,
                ZoneOffset.UTC);
    }

    /** Whether the filter reads the members' health (and so keeps only scored members). */
    public boolean byHealth() {
        return !segments.isEmpty() || scoreFrom != null || scoreTo != null;
    }

    public MemberFilter withStatuses(Set<MembershipStatus> value) {
        return new MemberFilter(communityId, value, mechanisms, channelIds, tags, tierIds, joinedFrom, joinedTo, text,
                zone, textInHandles, segments, scoreFrom, scoreTo);
    }

    public MemberFilter withMechanisms(Set<String> value) {
        return new MemberFilter(communityId, statuses, value, channelIds, tags, tierIds, joinedFrom, joinedTo, text,
                zone, textInHandles, segments, scoreFrom, scoreTo);
    }

    public MemberFilter withChannels(Set<UUID> value) {
        return new MemberFilter(communityId, statuses, mechanisms, value, tags, tierIds, joinedFrom, joinedTo, text,
                zone, textInHandles, segments, scoreFrom, scoreTo);
    }

    public MemberFilter withTags(Set<String> value) {
        return new MemberFilter(communityId, statuses, mechanisms, channelIds, value, tierIds, joinedFrom, joinedTo,
                text, zone, textInHandles, segments, scoreFrom, scoreTo);
    }

    public MemberFilter withTiers(Set<UUID> value) {
        return new MemberFilter(communityId, statuses, mechanisms, channelIds, tags, value, joinedFrom, joinedTo, text,
                zone, textInHandles, segments, scoreFrom, scoreTo);
    }

    public MemberFilter withJoined(@Nullable LocalDate from, @Nullable LocalDate to) {
        return new MemberFilter(communityId, statuses, mechanisms, channelIds, tags, tierIds, from, to, text, zone,
                textInHandles, segments, scoreFrom, scoreTo);
    }

    public MemberFilter withText(@Nullable String value) {
        return new MemberFilter(communityId, statuses, mechanisms, channelIds, tags, tierIds, joinedFrom, joinedTo,
                value, zone, textInHandles, segments, scoreFrom, scoreTo);
    }

    public MemberFilter withZone(ZoneId value) {
        return new MemberFilter(communityId, statuses, mechanisms, channelIds, tags, tierIds, joinedFrom, joinedTo,
                text, value, textInHandles, segments, scoreFrom, scoreTo);
    }

    public MemberFilter withTextInHandles(boolean value) {
        return new MemberFilter(communityId, statuses, mechanisms, channelIds, tags, tierIds, joinedFrom, joinedTo,
                text, zone, value, segments, scoreFrom, scoreTo);
    }

    public MemberFilter withSegments(Set<HealthSegment> value) {
        return new MemberFilter(communityId, statuses, mechanisms, channelIds, tags, tierIds, joinedFrom, joinedTo,
                text, zone, textInHandles, value, scoreFrom, scoreTo);
    }

    public MemberFilter withScore(@Nullable Integer from, @Nullable Integer to) {
        return new MemberFilter(communityId, statuses, mechanisms, channelIds, tags, tierIds, joinedFrom, joinedTo,
                text, zone, textInHandles, segments, from, to);
    }
}
