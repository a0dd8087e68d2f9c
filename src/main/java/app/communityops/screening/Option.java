package app.communityops.screening;

import java.util.UUID;

/** An entry of one of the tenant's lists (acquisition channels, member tiers, staff, members) to pick from. */
public record Option(UUID id, String name) {
}
