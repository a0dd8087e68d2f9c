package app.communityops.money;

import java.util.UUID;

/** A partner with its rates as text ("PAID_KNOWLEDGE 10%; Course 15%") for the partners grid. */
public record PartnerSummary(UUID id, String name, PartnerKind kind, String rates) {
}
