package app.communityops.tool;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A tool whose renewal date is near, with the communities that use it. */
public record DueRenewal(UUID id, String name, LocalDate renewalDate, Set<UUID> communityIds) {

    public DueRenewal {
        communityIds = Set.copyOf(communityIds);
    }
}
