package app.communityops.report;

import java.time.Instant;
import java.util.UUID;

/** An issued report as the list of issued reports shows it. */
public record ReportSnapshot(UUID id, UUID communityId, ReportPeriod period, String languageTag, Instant issuedAt) {
}
