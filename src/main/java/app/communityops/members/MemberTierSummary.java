package app.communityops.members;

import java.util.UUID;

/** A member tier as lists, filters and forms show it. */
public record MemberTierSummary(UUID id, String name, int rank, long version) {
}
