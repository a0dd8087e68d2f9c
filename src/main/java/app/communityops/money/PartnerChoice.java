package app.communityops.money;

import java.util.UUID;

/** A partner to pick as an order's referrer: its name only, since staff who pick one need not see its rates. */
public record PartnerChoice(UUID id, String name) {
}
