package app.communityops.members;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An open suggestion that two records are one person, as the tenant admin reviews it.
 *
 * @param added    the record created by someone who could not see the other person
 * @param existing the person it shares a key with; merging keeps this record
 */
public record MemberMatchSummary(UUID id, Person added, Person existing, MatchedOn matchedOn, MatchSource source,
                                 String addedTo, Instant createdAt, long version) {

    /** One side of the suggestion, with what a tenant admin needs to tell whether it is the same person. */
    public record Person(UUID id, String name, String handle, @Nullable String phone, @Nullable String email,
                         @Nullable String externalId, List<String> communities) {
    }
}
