package app.communityops.members;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.UUID;

/**
 * What the members feature needs to know of screening's records, asked here and answered by screening: screening
 * depends on members, so members may neither call screening nor read its tables (decision 0034). Every answer is
 * read in the caller's transaction, for the current tenant, after the caller has checked access.
 */
public interface ScreeningReferences {

    /** The screening mechanisms' codes, in the order screening lists them; a membership records these codes. */
    List<String> mechanisms();

    /** How many screening policies ask for this tier as their minimum; such a tier is still in use. */
    long policiesRequiringTier(UUID tierId);

    /** How many community positionings name this acquisition channel; such a channel is still in use. */
    long positioningsNamingChannel(UUID channelId);

    /** The community's active red lines, id to text, oldest first: the lines a warning or elimination may cite. */
    SequencedMap<UUID, String> activeRedLines(UUID communityId);

    /** Whether the red line is one of the community's, active or not. */
    boolean isRedLineOf(UUID redLineId, UUID communityId);

    /** The texts of these red lines as they read now, by id; ids not found are left out. */
    Map<UUID, String> redLineTexts(Collection<UUID> redLineIds);
}
